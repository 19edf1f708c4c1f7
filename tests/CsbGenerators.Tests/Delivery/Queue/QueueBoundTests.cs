using System;
using System.Linq;
using System.Threading.Tasks;
using CsbGenerators.Tests.Delivery.Support;
using CsbGenerators.Tests.Events;
using Microsoft.Extensions.Time.Testing;
using Xunit;
using Xunit.Abstractions;
using Receiver = CsbGenerators.LocalReceiver.LocalReceiver;

namespace CsbGenerators.Tests.Delivery.Queue;

/// <summary>The queue never exceeds its count and byte bounds; every message it turns away is counted and logged.</summary>
[Collection(ScenarioCollection.Name)]
public class QueueBoundTests(ITestOutputHelper output)
{
    [Fact]
    public async Task MillionEvents_DeadEndpoint_StayUnderCap()
    {
        const int Events = 1_000_000;
        const long Cap = 4L * 1024 * 1024;
        var logs = new LogCapture();
        var time = new FakeTimeProvider();
        await using var client = TestClients.Create(new Uri($"http://127.0.0.1:{TestClients.FreePort()}/"), o =>
        {
            o.MaxQueueLength = Events;
            o.MaxQueueBytes = Cap;
            o.ShutdownTimeout = TimeSpan.Zero;
        }, time, logs.Factory);
        using var metrics = new MetricCapture(client.Meter);
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);

        for (var i = 1; i <= Events; i++)
        {
            await client.SendAsync(NumberedEvent.For(i));
        }

        var heapAfter = GC.GetTotalMemory(forceFullCollection: true);
        var queue = client.Pipeline.Queue;
        var dropped = client.Pipeline.Dropped;
        output.WriteLine($"Scenario 13 figures: sent {Events}, held {queue.HeldCount} in {queue.HeldBytes} bytes (peak {queue.PeakHeldBytes}), dropped {dropped}, managed heap grew {heapAfter - heapBefore} bytes");
        Assert.True(queue.PeakHeldBytes <= Cap, $"peak {queue.PeakHeldBytes} bytes over the cap of {Cap}");
        Assert.Equal(Events, queue.HeldCount + dropped);
        Assert.True(dropped > Events / 2, $"only {dropped} dropped");
        Assert.Equal(dropped, metrics.Sum("csb.messages.dropped", "queue_full"));
        Assert.Equal(queue.HeldCount, metrics.Sum("csb.messages.enqueued"));
        Assert.Equal(queue.HeldCount, metrics.Observe("csb.queue.depth"));
        Assert.InRange(logs.WithId(5).Count, 1, (int)(dropped / 1000) + 1);

        // The queue's buffers plus the client's fixed parts; the cap bounds the growth, not the event count.
        Assert.True(heapAfter - heapBefore < 3 * Cap, $"the managed heap grew by {heapAfter - heapBefore} bytes");
    }

    [Fact]
    public async Task CountBound_DropsNewestAndCountsIt()
    {
        await using var receiver = await Receiver.StartAsync();
        await using var client = TestClients.Create(receiver, o =>
        {
            o.MaxQueueLength = 2;
            o.FlushInterval = TimeSpan.FromHours(1);
        });
        for (var i = 1; i <= 5; i++)
        {
            await client.SendAsync(NumberedEvent.For(i));
        }

        var result = await client.FlushAsync();

        Assert.Equal(2, result.Delivered);
        Assert.Equal(3, result.Dropped);
        Assert.Equal(new long[] { 1, 2 }, receiver.Messages.Select(ScenarioFigures.ReadNumber).Order());
    }

    [Fact]
    public async Task ByteBound_DropsWhenBytesRunOut()
    {
        var time = new FakeTimeProvider();
        var logs = new LogCapture();
        await using var client = TestClients.Create(new Uri($"http://127.0.0.1:{TestClients.FreePort()}/"), o =>
        {
            o.MaxQueueBytes = 64 * 1024;
            o.ShutdownTimeout = TimeSpan.Zero;
        }, time, logs.Factory);
        var large = new ExampleTrackWithText { Text = new string('x', 10_000) };

        for (var i = 0; i < 20; i++)
        {
            await client.SendAsync(large);
        }

        Assert.InRange(client.Pipeline.Queue.HeldBytes, 1, 64 * 1024);
        Assert.True(client.Pipeline.Dropped > 10);
        Assert.Contains("65536 bytes", Assert.Single(logs.WithId(5)).Message);
    }
}

[CsbTrack("Text Event", Product = "Tests", Module = "Delivery")]
public partial class ExampleTrackWithText
{
    public string AccountId { get; set; } = "account-1";

    public string UserId { get; set; } = "user-1";

    public string? Text { get; set; }
}
