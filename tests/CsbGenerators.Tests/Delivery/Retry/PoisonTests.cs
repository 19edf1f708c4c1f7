using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using CsbGenerators.LocalReceiver;
using CsbGenerators.Tests.Delivery.Support;
using CsbGenerators.Tests.Events;
using Xunit;
using Receiver = CsbGenerators.LocalReceiver.LocalReceiver;

namespace CsbGenerators.Tests.Delivery.Retry;

/// <summary>400 and 413 quarantine the batch: a callback, a log entry and a metric, and no retry. Nothing is deleted silently.</summary>
public class PoisonTests
{
    [Theory]
    [InlineData(400)]
    [InlineData(413)]
    [InlineData(422)]
    public async Task PoisonStatus_QuarantinesWithCallbackLogAndMetric(int status)
    {
        await using var receiver = await Receiver.StartAsync();
        receiver.Faults.Enqueue(Fault.Status(status));
        var quarantined = new ConcurrentQueue<CsbQuarantinedBatch>();
        var logs = new LogCapture();
        await using var client = TestClients.Create(receiver, o => o.OnQuarantine = quarantined.Enqueue, logs: logs.Factory);
        using var metrics = new MetricCapture(client.Meter);
        await client.SendAsync(NumberedEvent.For(1));
        await client.SendAsync(NumberedEvent.For(2));

        var result = await client.FlushAsync();

        var batch = Assert.Single(quarantined);
        Assert.Equal(status, batch.StatusCode);
        Assert.Equal(2, batch.Messages.Count);
        Assert.Contains("\"user_id\":\"user-1\"", batch.Messages[0].Json);
        Assert.Equal(nameof(NumberedEvent), batch.Messages[0].EventType);
        Assert.Equal(2, result.Failed);
        Assert.Single(receiver.Requests);
        Assert.Contains($"status {status}", Assert.Single(logs.WithId(11)).Message);
        Assert.Equal(2, metrics.Sum("csb.messages.quarantined"));
    }

    [Fact]
    public async Task ThrowingCallback_IsLoggedAndDeliveryGoesOn()
    {
        await using var receiver = await Receiver.StartAsync();
        receiver.Faults.Enqueue(Fault.Status(400));
        var logs = new LogCapture();
        await using var client = TestClients.Create(receiver, o => o.OnQuarantine = _ => throw new InvalidOperationException("callback failed"), logs: logs.Factory);
        await client.SendAsync(NumberedEvent.For(1));
        await client.FlushAsync();
        await client.SendAsync(NumberedEvent.For(2));

        var result = await client.FlushAsync();

        Assert.Equal(1, result.Delivered);
        Assert.Single(logs.WithId(15));
    }

    [Fact]
    public async Task DurableMode_QuarantinedBatchMovesToQuarantineFolder()
    {
        using var directory = new TempDirectory();
        await using var receiver = await Receiver.StartAsync();
        receiver.Faults.Enqueue(Fault.Status(400));
        await using var client = TestClients.Create(receiver, o => o.DurableDirectory = directory.Path);
        await client.SendAsync(NumberedEvent.For(1));
        await client.FlushAsync();

        var quarantine = Path.Combine(client.Pipeline.Store!.Directory, "quarantine");
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        while (Directory.GetFiles(quarantine, "*.batch").Length == 0 && stopwatch.Elapsed < TimeSpan.FromSeconds(20))
        {
            await Task.Delay(10);
        }

        Assert.Single(Directory.GetFiles(quarantine, "*.batch"));
        Assert.Empty(Directory.GetFiles(client.Pipeline.Store.Directory, "*.batch"));
    }
}
