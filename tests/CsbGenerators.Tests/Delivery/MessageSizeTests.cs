using System;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using CsbGenerators.Tests.Delivery.Queue;
using CsbGenerators.Tests.Delivery.Support;
using CsbGenerators.Tests.Events;
using Xunit;
using Receiver = CsbGenerators.LocalReceiver.LocalReceiver;

namespace CsbGenerators.Tests.Delivery;

/// <summary>Limits count UTF-8 bytes, never characters: 32 KB per message at enqueue, batches under 500 KB and 2,500 messages.</summary>
public class MessageSizeTests
{
    [Fact]
    public async Task MultiByteText_OverByteLimit_IsRejected()
    {
        await using var receiver = await Receiver.StartAsync();
        await using var client = TestClients.Create(receiver);

        // 11,000 euro signs are 11,000 characters but 33,000 UTF-8 bytes.
        var exception = await Assert.ThrowsAsync<CsbValidationException>(async () => await client.SendAsync(new ExampleTrackWithText { Text = new string('€', 11_000) }));

        Assert.Contains("at most 32000 bytes", exception.Message);
        Assert.Equal(0, client.Pipeline.Queue.HeldCount);
    }

    [Fact]
    public async Task LargeMessages_BatchesStayUnder500KB()
    {
        await using var receiver = await Receiver.StartAsync();
        await using var client = TestClients.Create(receiver, o => o.MaxBatchMessages = 2_500);
        for (var i = 0; i < 60; i++)
        {
            await client.SendAsync(new ExampleTrackWithText { Text = new string('x', 25_000) });
        }

        var result = await client.FlushAsync();

        Assert.Equal(60, result.Delivered);
        Assert.True(receiver.Requests.Count >= 3);
        Assert.All(receiver.Requests, r => Assert.True(Encoding.UTF8.GetByteCount(r.Body) <= CsbClientOptions.MaxSegmentBatchBytes, $"a request body had {Encoding.UTF8.GetByteCount(r.Body)} bytes"));
    }

    [Theory]
    [InlineData(2_500)]
    [InlineData(1_000)]
    public async Task ManySmallMessages_CutByCountAndBytes(int maxBatchMessages)
    {
        await using var receiver = await Receiver.StartAsync();
        await using var client = TestClients.Create(receiver, o =>
        {
            o.MaxBatchMessages = maxBatchMessages;
            o.FlushAt = 10_000;
            o.FlushInterval = TimeSpan.FromHours(1);
        });
        for (var i = 0; i < 3_000; i++)
        {
            await client.SendAsync(NumberedEvent.For(i));
        }

        var result = await client.FlushAsync();

        var counts = receiver.Requests.Select(r => r.Body.Split("\"messageId\"").Length - 1).ToList();
        Assert.Equal(3_000, result.Delivered);
        Assert.Equal(3_000, counts.Sum());
        Assert.All(counts, count => Assert.InRange(count, 1, maxBatchMessages));
        Assert.All(receiver.Requests, r => Assert.True(Encoding.UTF8.GetByteCount(r.Body) <= CsbClientOptions.MaxSegmentBatchBytes));
    }
}
