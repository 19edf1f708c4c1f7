using System;
using System.Linq;
using System.Threading.Tasks;
using CsbGenerators.LocalReceiver;
using CsbGenerators.Tests.Delivery.Support;
using CsbGenerators.Tests.Events;
using Microsoft.Extensions.Logging;
using Xunit;
using Receiver = CsbGenerators.LocalReceiver.LocalReceiver;

namespace CsbGenerators.Tests.Delivery;

/// <summary>The client logs start, stop, retries, drops, quarantines and pauses, and never a key or a payload.</summary>
public class DeliveryLogTests
{
    private const string Key = "log-secret-write-key";
    private const string PayloadMarker = "user-424242";

    [Fact]
    public async Task EveryOutcome_IsLoggedWithoutKeyOrPayload()
    {
        await using var receiver = await Receiver.StartAsync(new LocalReceiverOptions { WriteKey = Key });
        receiver.Faults.Enqueue(Fault.Status(503, "0"), Fault.Status(400), Fault.Status(401));
        var logs = new LogCapture();
        var client = TestClients.Create(receiver, o =>
        {
            o.WriteKey = Key;
            o.MaxBatchMessages = 1;
            o.MaxQueueLength = 3;
            o.FlushInterval = TimeSpan.FromHours(1);
        }, logs: logs.Factory);
        for (var i = 0; i < 4; i++)
        {
            await client.SendAsync(NumberedEvent.For(424242));
        }

        await client.FlushAsync();
        await client.DisposeAsync();

        var retry = Assert.Single(logs.WithId(9));
        Assert.Contains("after attempt 1 in 00:00:00.1", retry.Message);
        Assert.Contains("status 503", retry.Message);
        Assert.Single(logs.WithId(1));
        Assert.Single(logs.WithId(2));
        Assert.Single(logs.WithId(5));
        Assert.Single(logs.WithId(11));
        Assert.Single(logs.WithId(12));
        Assert.All(logs.Entries, e => Assert.DoesNotContain(Key, e.Message + e.Exception));
        Assert.All(logs.Entries, e => Assert.DoesNotContain(PayloadMarker, e.Message + e.Exception));
        Assert.All(logs.Entries.Where(e => e.Level >= LogLevel.Warning), e => Assert.Contains(e.EventId, new[] { 5, 6, 9, 11, 12 }));
    }
}
