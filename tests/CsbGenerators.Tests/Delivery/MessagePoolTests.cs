using System;
using System.Collections.Generic;
using CsbGenerators.Delivery;
using CsbGenerators.Tests.Delivery.Support;
using Xunit;

namespace CsbGenerators.Tests.Delivery;

/// <summary>The message pool reuses messages with their buffers, stays within the queue's caps, and survives misuse.</summary>
public class MessagePoolTests
{
    private const int Length = 300;
    private const long Cost = 512 + OutgoingMessage.OverheadBytes;

    [Fact]
    public void Rent_AfterReturn_ReusesMessageAndBuffer()
    {
        var pool = new MessagePool(10, long.MaxValue);
        var first = Rent(pool, Length);
        var buffer = first.Buffer;
        first.Release();

        var second = Rent(pool, Length);

        Assert.Same(first, second);
        Assert.Same(buffer, second.Buffer);
        Assert.Equal(1, pool.Created);
        Assert.Equal(2, pool.Rented);
        Assert.Equal(1, pool.Returned);
    }

    [Theory]
    [InlineData(0, 16)]
    [InlineData(16, 16)]
    [InlineData(17, 32)]
    [InlineData(300, 512)]
    [InlineData(32_000, 32_768)]
    [InlineData(32_768, 32_768)]
    [InlineData(40_000, 40_000)]
    public void Rent_RoundsBufferUpToPooledSize(int length, int bufferLength)
    {
        var pool = new MessagePool(10, long.MaxValue);

        var message = pool.Rent(length);

        Assert.Equal(bufferLength, message.Buffer.Length);
        Assert.Equal(bufferLength, MessagePool.BufferLengthFor(length));
        Assert.Equal(MessagePool.CostOf(length), message.Cost);
    }

    [Fact]
    public void Release_StartsNextGeneration()
    {
        var pool = new MessagePool(10, long.MaxValue);
        var message = Rent(pool, Length);
        var generation = message.Generation;

        message.Release();

        Assert.False(message.IsRented);
        Assert.Equal(generation + 1, message.Generation);
    }

    [ReleaseOnlyFact]
    public void Release_Twice_IsCountedAndIgnored()
    {
        var pool = new MessagePool(10, long.MaxValue);
        var message = Rent(pool, Length);
        message.Release();

        message.Release();

        Assert.Equal(1, pool.DoubleReturns);
        Assert.Equal(1, pool.Returned);
        Assert.Equal(1, pool.PooledCount);
        Assert.NotSame(Rent(pool, Length), Rent(pool, Length));
    }

    [DebugOnlyFact]
    public void Release_Twice_FailsDebugAssert()
    {
        var pool = new MessagePool(10, long.MaxValue);
        var message = Rent(pool, Length);
        message.Release();

        var failure = Record.Exception(message.Release);

        Assert.NotNull(failure);
        Assert.Contains("returned to the pool twice", failure.Message);
    }

    [DebugOnlyFact]
    public void Read_AfterRelease_FailsDebugAssert()
    {
        var pool = new MessagePool(10, long.MaxValue);
        var message = Rent(pool, Length);
        message.Release();

        var failure = Record.Exception(() => message.Json.ToArray());

        Assert.NotNull(failure);
        Assert.Contains("read after it was returned", failure.Message);
    }

    [DebugOnlyFact]
    public void Batch_WithMessageRentedAgain_FailsDebugAssert()
    {
        var pool = new MessagePool(10, long.MaxValue);
        var message = Rent(pool, Length);
        var batch = new DeliveryBatch(new List<OutgoingMessage> { message }, stored: null);

        // A bug elsewhere returns the message while the batch is being sent, and a send rents it again.
        message.Release();
        Assert.Same(message, Rent(pool, Length));
        var failure = Record.Exception(() => batch.AssertHeld());

        Assert.NotNull(failure);
        Assert.Contains("returned to the pool while a holder still had it", failure.Message);
    }

    [Fact]
    public void Return_BeyondCountCap_IsNotKept()
    {
        var pool = new MessagePool(4, long.MaxValue);

        // A burst of more messages than the cap: every rent succeeds, and the returns keep only the cap.
        var burst = RentMany(pool, 10, Length);
        ReleaseAll(burst);

        Assert.Equal(10, pool.Created);
        Assert.Equal(4, pool.PooledCount);
        ReleaseAll(RentMany(pool, 10, Length));
        Assert.Equal(16, pool.Created);
    }

    [Fact]
    public void Return_BeyondByteCap_IsNotKept()
    {
        var pool = new MessagePool(100, 4 * Cost);

        ReleaseAll(RentMany(pool, 6, Length));

        Assert.Equal(4, pool.PooledCount);
    }

    [Fact]
    public void Rent_OtherSize_DropsPooledMessage()
    {
        var pool = new MessagePool(4, long.MaxValue);
        ReleaseAll(RentMany(pool, 4, Length));

        var large = Rent(pool, 5_000);

        Assert.Equal(8_192, large.Buffer.Length);
        Assert.Equal(3, pool.PooledCount);
        Assert.Equal(5, pool.Created);
    }

    [Fact]
    public void Return_OfOversizedMessage_IsNotKept()
    {
        var pool = new MessagePool(10, long.MaxValue);

        Rent(pool, 40_000).Release();

        Assert.Equal(0, pool.PooledCount);
        Assert.Equal(1, pool.Returned);
    }

    [Fact]
    public void Close_DropsPooledAndKeepsNothingLater()
    {
        var pool = new MessagePool(10, long.MaxValue);
        var rented = Rent(pool, Length);
        Rent(pool, Length).Release();

        pool.Close();
        rented.Release();

        Assert.Equal(0, pool.PooledCount);
        Assert.Equal(2, pool.Returned);
    }

    [Fact]
    public void Rent_ReusedMessage_HoldsNewFields()
    {
        var pool = new MessagePool(10, long.MaxValue);
        var id = Guid.NewGuid();
        Rent(pool, Length).Release();

        var message = pool.Rent(3);
        "{}\n"u8.CopyTo(message.Buffer);
        message.Initialize(7, id, CsbEventKind.Identify, "UserIdentified", 2);

        Assert.Equal(7, message.Sequence);
        Assert.Equal(id, message.MessageId);
        Assert.Equal(CsbEventKind.Identify, message.Kind);
        Assert.Equal("UserIdentified", message.EventType);
        Assert.Equal("{}"u8.ToArray(), message.Json.ToArray());
    }

    private static OutgoingMessage Rent(MessagePool pool, int length)
    {
        var message = pool.Rent(length);
        message.Initialize(1, Guid.NewGuid(), CsbEventKind.Track, "Example", length);
        return message;
    }

    private static List<OutgoingMessage> RentMany(MessagePool pool, int count, int length)
    {
        var messages = new List<OutgoingMessage>();
        for (var i = 0; i < count; i++)
        {
            messages.Add(Rent(pool, length));
        }

        return messages;
    }

    private static void ReleaseAll(List<OutgoingMessage> messages)
    {
        foreach (var message in messages)
        {
            message.Release();
        }
    }
}
