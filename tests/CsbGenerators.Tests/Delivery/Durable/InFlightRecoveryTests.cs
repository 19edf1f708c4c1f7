using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using CsbGenerators.Delivery.Durable;
using CsbGenerators.LocalReceiver;
using CsbGenerators.Tests.Delivery.Support;
using CsbGenerators.Tests.Events;
using Microsoft.Extensions.Time.Testing;
using Xunit;
using Xunit.Abstractions;
using Receiver = CsbGenerators.LocalReceiver.LocalReceiver;

namespace CsbGenerators.Tests.Delivery.Durable;

/// <summary>A batch marked in flight is sent once the endpoint is up, without a restart, and only once.</summary>
[Collection(ScenarioCollection.Name)]
public class InFlightRecoveryTests(ITestOutputHelper output)
{
    [Fact]
    public async Task InFlightBatch_EndpointUp_SentOnce()
    {
        using var directory = new TempDirectory();
        var port = TestClients.FreePort();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 10, 8, 0, 0, TimeSpan.Zero));
        await using var client = TestClients.Create(new Uri($"http://127.0.0.1:{port}/"), o => o.DurableDirectory = directory.Path, time);
        var folder = client.Pipeline.Store!.Directory;
        for (var i = 1; i <= 10; i++)
        {
            await client.SendAsync(NumberedEvent.For(i));
        }

        var flush = await client.FlushAsync();
        var sawInFlight = false;
        await ClockPump.RunForAsync(time, client, receiver: null, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(3), () => sawInFlight |= Directory.GetFiles(folder, "*.inflight").Length == 1);
        await using var receiver = await Receiver.StartAsync(new LocalReceiverOptions { Port = port });
        await ClockPump.RunUntilAsync(time, client, receiver, TimeSpan.FromSeconds(1), () => receiver.Messages.Count(m => m.Accepted) >= 10, TimeSpan.FromMinutes(5));
        await ClockPump.RunForAsync(time, client, receiver, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(2));

        var figures = ScenarioFigures.From(10, receiver.Messages);
        output.WriteLine($"Scenario 9 {figures}; {receiver.Requests.Count} requests once the endpoint was up");
        Assert.Equal(10, flush.Stored);
        Assert.True(sawInFlight, "the batch was never marked in flight");
        Assert.Equal(0, figures.Lost);
        Assert.Equal(0, figures.Duplicated);
        Assert.Equal(10, receiver.Messages.Count);
        Assert.Empty(Directory.GetFiles(folder, "*.batch").Concat(Directory.GetFiles(folder, "*.inflight")));
    }

    [Fact]
    public async Task OrphanedInFlightMark_IsRecovered()
    {
        using var directory = new TempDirectory();
        await using var receiver = await Receiver.StartAsync();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 10, 8, 0, 0, TimeSpan.Zero));
        var logs = new LogCapture();
        await using var client = TestClients.Create(receiver, o => o.DurableDirectory = directory.Path, time, logs.Factory);
        await ClockPump.RunForAsync(time, client, receiver, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5));

        // A lease that no send holds, as a failure between lease and completion would leave it.
        StoredMessages.Plant(client.Pipeline.Store!.Directory, StoredMessages.Numbered(1, 3, time.GetUtcNow()), time.GetUtcNow(), StoreFileNames.InFlight);
        await ClockPump.RunForAsync(time, client, receiver, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30));
        var beforeMaintenance = receiver.Messages.Count;
        await ClockPump.RunUntilAsync(time, client, receiver, TimeSpan.FromSeconds(1), () => receiver.Messages.Count(m => m.Accepted) >= 3, DurableStore.MaintenanceInterval + TimeSpan.FromMinutes(1));
        await ClockPump.RunForAsync(time, client, receiver, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(2));

        var figures = ScenarioFigures.From(3, receiver.Messages);
        output.WriteLine("Scenario 9 (orphaned mark) " + figures);
        Assert.Equal(0, beforeMaintenance);
        Assert.Single(logs.WithId(32));
        Assert.Equal(0, figures.Lost);
        Assert.Equal(0, figures.Duplicated);
    }
}
