using System;
using System.IO;
using System.Security.Cryptography;
using CsbGenerators.Delivery;
using CsbGenerators.Delivery.Durable;
using Xunit;

namespace CsbGenerators.Tests.Delivery.Durable;

/// <summary>Reading a batch file rents one pooled message per stored message, and returns them when the file is bad.</summary>
public class BatchFileFormatTests
{
    private static readonly DateTimeOffset Timestamp = new(2026, 3, 10, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Read_RentsOneMessagePerStoredMessage()
    {
        var stored = StoredMessages.Numbered(1, 3, Timestamp);
        var pool = new MessagePool(10, long.MaxValue);

        var messages = BatchFileFormat.Read(BatchFileFormat.Write(stored), pool);

        Assert.Equal(3, pool.Rented);
        Assert.Equal(3, messages.Count);
        for (var i = 0; i < stored.Count; i++)
        {
            Assert.Equal(stored[i].MessageId, messages[i].MessageId);
            Assert.Equal(stored[i].Json.ToArray(), messages[i].Json.ToArray());
            Assert.Equal(0, messages[i].Sequence);
        }
    }

    [Fact]
    public void Read_MissingMessage_ReturnsThoseRead()
    {
        // The header declares three messages, the file has two, and the checksum matches, so only the read fails.
        var data = BatchFileFormat.Write(StoredMessages.Numbered(1, 2, Timestamp));
        BitConverter.GetBytes(3).CopyTo(data, 5);
        SHA256.HashData(data.AsSpan(0, data.Length - 32)).CopyTo(data, data.Length - 32);
        var pool = new MessagePool(10, long.MaxValue);

        var failure = Assert.Throws<InvalidDataException>(() => BatchFileFormat.Read(data, pool));

        Assert.Contains("ends inside a message", failure.Message);
        Assert.Equal(2, pool.Rented);
        Assert.Equal(2, pool.Returned);
        Assert.Equal(0, pool.DoubleReturns);
    }
}
