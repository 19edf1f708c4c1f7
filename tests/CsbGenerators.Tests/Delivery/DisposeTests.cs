using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using CsbGenerators.LocalReceiver;
using CsbGenerators.Tests.Delivery.Support;
using CsbGenerators.Tests.Events;
using Xunit;
using Xunit.Abstractions;
using Receiver = CsbGenerators.LocalReceiver.LocalReceiver;

namespace CsbGenerators.Tests.Delivery;

/// <summary>Disposal drains within its deadline; what it cannot send is reported, or stored in durable mode.</summary>
public class DisposeTests(ITestOutputHelper output)
{
    [Fact]
    public async Task DisposeDuringFlush_AllArrive()
    {
        await using var receiver = await Receiver.StartAsync();
        receiver.Faults.Enqueue(Fault.Delay(TimeSpan.FromSeconds(2)));
        var client = TestClients.Create(receiver, o => o.FlushInterval = TimeSpan.FromHours(1));
        await client.SendAsync(NumberedEvent.For(1));
        var flush = client.FlushAsync();
        await Eventually.HoldsAsync(() => receiver.Faults.DelayingCount == 1);
        for (var i = 2; i <= 4; i++)
        {
            await client.SendAsync(NumberedEvent.For(i));
        }

        await client.DisposeAsync();

        var figures = ScenarioFigures.From(4, receiver.Messages);
        output.WriteLine("Scenario 8 (memory) " + figures);
        Assert.Equal(1, (await flush).Delivered);
        Assert.Equal(0, figures.Lost);
        Assert.Equal(0, figures.Duplicated);
    }

    [Fact]
    public async Task DisposeDuringFlush_Durable_NextClientSends()
    {
        using var directory = new TempDirectory();
        await using var receiver = await Receiver.StartAsync();
        receiver.Faults.Enqueue(Fault.Delay(TimeSpan.FromSeconds(2)));
        var client = TestClients.Create(receiver, o =>
        {
            o.DurableDirectory = directory.Path;
            o.ShutdownTimeout = TimeSpan.FromMilliseconds(500);
        });
        await client.SendAsync(NumberedEvent.For(1));
        var flush = await client.FlushAsync();
        await Eventually.HoldsAsync(() => receiver.Faults.DelayingCount == 1);
        for (var i = 2; i <= 4; i++)
        {
            await client.SendAsync(NumberedEvent.For(i));
        }

        await client.DisposeAsync();
        var storedFiles = Directory.GetFiles(directory.Path, "*.batch", SearchOption.AllDirectories).Length;
        await using (var next = TestClients.Create(receiver, o => o.DurableDirectory = directory.Path))
        {
            await receiver.WaitForMessagesAsync(4, TimeSpan.FromSeconds(20));
        }

        var figures = ScenarioFigures.From(4, receiver.Messages);
        output.WriteLine($"Scenario 8 (durable) {figures}; {storedFiles} batch files stored at dispose");
        Assert.Equal(1, flush.Stored);
        Assert.Equal(2, storedFiles);
        Assert.Equal(0, figures.Lost);
        Assert.Equal(0, figures.Duplicated);
    }

    [Fact]
    public async Task SendAfterDispose_ThrowsObjectDisposed()
    {
        await using var receiver = await Receiver.StartAsync();
        var client = TestClients.Create(receiver);
        await client.DisposeAsync();

        var exception = await Assert.ThrowsAsync<ObjectDisposedException>(async () => await client.SendAsync(NumberedEvent.For(1)));

        Assert.Contains("disposed", exception.Message);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => client.FlushAsync());
    }

    [Fact]
    public async Task DisposeWithDeadEndpoint_ReportsDropsAfterDeadline()
    {
        var logs = new LogCapture();
        var client = TestClients.Create(new Uri($"http://127.0.0.1:{TestClients.FreePort()}/"), o => o.ShutdownTimeout = TimeSpan.FromMilliseconds(200), logs: logs.Factory);
        await client.SendAsync(NumberedEvent.For(1));
        await client.SendAsync(NumberedEvent.For(2));

        await client.DisposeAsync();

        var report = Assert.Single(logs.WithId(6));
        Assert.Contains("2 messages were not delivered", report.Message);
        Assert.Equal(0, client.Pipeline.Queue.HeldCount);
    }
}
