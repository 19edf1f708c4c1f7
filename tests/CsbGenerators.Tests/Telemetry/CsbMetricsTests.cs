using System;
using System.Linq;
using System.Threading.Tasks;
using CsbGenerators.LocalReceiver;
using CsbGenerators.Tests.Delivery.Support;
using CsbGenerators.Tests.Events;
using Xunit;
using Receiver = CsbGenerators.LocalReceiver.LocalReceiver;

namespace CsbGenerators.Tests.Telemetry;

/// <summary>The CsbGenerators meter counts enqueued, sent, retried, dropped and quarantined messages, and reports the queue depth.</summary>
public class CsbMetricsTests
{
    [Fact]
    public async Task Counters_FollowEachOutcome()
    {
        await using var receiver = await Receiver.StartAsync();
        receiver.Faults.Enqueue(Fault.Status(503), Fault.Status(400));
        await using var client = TestClients.Create(receiver, o =>
        {
            o.WriteKey = "metrics-secret-key";
            o.MaxBatchMessages = 2;
            o.MaxQueueLength = 4;
            o.FlushInterval = TimeSpan.FromHours(1);
            o.RetryBaseDelay = TimeSpan.FromMilliseconds(10);
        });
        receiver.Options.WriteKey = "metrics-secret-key";
        using var metrics = new MetricCapture(client.Meter);
        for (var i = 0; i < 5; i++)
        {
            await client.SendAsync(NumberedEvent.For(i));
        }

        Assert.Equal(4, metrics.Observe("csb.queue.depth"));
        Assert.True(metrics.Observe("csb.queue.bytes") > 0);
        await client.FlushAsync();

        // Batch one: 503 then 200. Batch two: 400, quarantined. The fifth send found the queue full.
        Assert.Equal("CsbGenerators", client.Meter.Name);
        Assert.Equal(4, metrics.Sum("csb.messages.enqueued"));
        Assert.Equal(2, metrics.Sum("csb.messages.sent"));
        Assert.Equal(2, metrics.Sum("csb.messages.retried"));
        Assert.Equal(2, metrics.Sum("csb.messages.quarantined"));
        Assert.Equal(1, metrics.Sum("csb.messages.dropped", "queue_full"));
        Assert.Equal(0, metrics.Observe("csb.queue.depth"));
        Assert.Contains("csb.route=segment_compatible", metrics.Tags);
        Assert.DoesNotContain(metrics.Tags, tag => tag.Contains("metrics-secret-key"));
    }
}
