using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using CsbGenerators.Delivery.Durable;
using CsbGenerators.Tests.Delivery.Support;
using CsbGenerators.Tests.Events;
using Microsoft.Extensions.Time.Testing;
using Xunit;
using Receiver = CsbGenerators.LocalReceiver.LocalReceiver;

namespace CsbGenerators.Tests.Delivery.Durable;

/// <summary>The durable directory: atomic writes, caps by bytes and age, corrupt files, start-up, and no key anywhere.</summary>
[Collection(ScenarioCollection.Name)]
public class DurableStoreTests
{
    private const string WriteKey = "durable-secret-write-key";
    private static readonly DateTimeOffset Start = new(2026, 3, 10, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Flush_WritesCompleteFilesOnlyAndNoKey()
    {
        using var directory = new TempDirectory();
        await using var client = DeadEndpointClient(directory, new FakeTimeProvider(Start));
        for (var i = 0; i < 250; i++)
        {
            await client.SendAsync(NumberedEvent.For(i));
        }

        var result = await client.FlushAsync();

        var files = Directory.GetFiles(directory.Path, "*", SearchOption.AllDirectories);
        Assert.Equal(250, result.Stored);
        Assert.DoesNotContain(files, f => f.EndsWith(".tmp", StringComparison.Ordinal));
        Assert.Equal(3, files.Count(f => f.EndsWith(".batch", StringComparison.Ordinal) || f.EndsWith(".inflight", StringComparison.Ordinal)));
        Assert.All(files, f => Assert.DoesNotContain(WriteKey, f));
        Assert.All(files.Where(f => !f.EndsWith(StoreFileNames.LockFile, StringComparison.Ordinal)), f => Assert.DoesNotContain(WriteKey, Encoding.UTF8.GetString(File.ReadAllBytes(f))));
    }

    [Fact]
    public async Task TornAndCorruptFiles_CostOnlyThemselves()
    {
        // The client runs on the system clock, so the planted files are written now and within the age cap.
        var start = DateTimeOffset.UtcNow;
        using var directory = new TempDirectory();
        await using var receiver = await Receiver.StartAsync();
        var folder = StoreFileNames.FolderFor(directory.Path, CsbRoute.SegmentCompatible, receiver.BaseAddress);
        Directory.CreateDirectory(folder);
        StoredMessages.Plant(folder, StoredMessages.Numbered(1, 3, start), start, StoreFileNames.Ready);
        var corrupt = StoredMessages.Plant(folder, StoredMessages.Numbered(4, 3, start), start.AddSeconds(1), StoreFileNames.Ready);
        StoredMessages.Plant(folder, StoredMessages.Numbered(7, 3, start), start.AddSeconds(2), StoreFileNames.Ready);
        var bytes = File.ReadAllBytes(corrupt);
        bytes[40] ^= 0xFF;
        File.WriteAllBytes(corrupt, bytes);
        var torn = StoredMessages.Plant(folder, StoredMessages.Numbered(10, 3, start), start.AddSeconds(3), StoreFileNames.Ready);
        File.WriteAllBytes(torn, File.ReadAllBytes(torn).Take(100).ToArray());
        File.WriteAllBytes(Path.Combine(folder, StoreFileNames.NewName(start) + StoreFileNames.Temporary), new byte[] { 1, 2, 3 });
        var logs = new LogCapture();

        // The scenario collection runs alone, so this client's meter is the only one created meanwhile.
        using var metrics = new MetricCapture(meter => meter.Name == "CsbGenerators");
        await using (var client = TestClients.Create(receiver, o => o.DurableDirectory = directory.Path, logs: logs.Factory))
        {
            await receiver.WaitForMessagesAsync(6, TimeSpan.FromSeconds(20));
            await Eventually.HoldsAsync(() => Directory.GetFiles(folder, "*.batch").Length == 0);
        }

        Assert.Equal(6, metrics.Sum("csb.messages.dropped", "corrupt_file"));

        Assert.Equal(new long[] { 1, 2, 3, 7, 8, 9 }, receiver.Messages.Select(ScenarioFigures.ReadNumber).Order());
        Assert.Equal(2, logs.WithId(34).Count);
        Assert.Empty(Directory.GetFiles(folder, "*.tmp"));
    }

    [Fact]
    public async Task ByteCap_DropsOldestBatchesAndCountsThem()
    {
        using var directory = new TempDirectory();
        var time = new FakeTimeProvider(Start);
        await using var client = DeadEndpointClient(directory, time, o => o.MaxStoreBytes = 1024 * 1024);
        using var metrics = new MetricCapture(client.Meter);
        for (var batch = 0; batch < 40; batch++)
        {
            for (var i = 0; i < 10; i++)
            {
                await client.SendAsync(new Queue.ExampleTrackWithText { Text = new string('x', 5_000) });
            }

            await client.FlushAsync();
        }

        var folderBytes = Directory.GetFiles(client.Pipeline.Store!.Directory, "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(StoreFileNames.LockFile, StringComparison.Ordinal))
            .Sum(f => new FileInfo(f).Length);
        Assert.InRange(folderBytes, 1, 1024 * 1024);
        Assert.True(metrics.Sum("csb.messages.dropped", "store_full") >= 100, $"{metrics.Sum("csb.messages.dropped", "store_full")} dropped");
    }

    [Fact]
    public async Task AgeCap_DropsExpiredBatchesAndCountsThem()
    {
        using var directory = new TempDirectory();
        var time = new FakeTimeProvider(Start);
        await using var client = DeadEndpointClient(directory, time, o => o.MaxStoreAge = TimeSpan.FromHours(1));
        using var metrics = new MetricCapture(client.Meter);
        for (var i = 0; i < 5; i++)
        {
            await client.SendAsync(NumberedEvent.For(i));
        }

        await client.FlushAsync();
        await ClockPump.RunForAsync(time, client, null, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(75));

        Assert.Equal(5, metrics.Sum("csb.messages.dropped", "store_age"));
        Assert.Empty(Directory.GetFiles(client.Pipeline.Store!.Directory, "*.batch"));
    }

    [Fact]
    public async Task LargeBacklog_StartupDoesNotWaitForIt()
    {
        var now = DateTimeOffset.UtcNow;
        using var directory = new TempDirectory();
        await using var receiver = await Receiver.StartAsync();
        receiver.Faults.SetRepeating(_ => LocalReceiver.Fault.Delay(TimeSpan.FromMinutes(5)));
        var folder = StoreFileNames.FolderFor(directory.Path, CsbRoute.SegmentCompatible, receiver.BaseAddress);
        Directory.CreateDirectory(folder);
        for (var i = 0; i < 200; i++)
        {
            StoredMessages.Plant(folder, StoredMessages.Numbered(i * 10, 10, now), now.AddSeconds(i), StoreFileNames.Ready);
        }

        // The endpoint keeps every request waiting for minutes, so a constructor that drained the backlog would not return.
        var client = TestClients.Create(receiver, o =>
        {
            o.DurableDirectory = directory.Path;
            o.ShutdownTimeout = TimeSpan.Zero;
        });
        await client.SendAsync(NumberedEvent.For(-1));

        Assert.True(Directory.GetFiles(folder, "*.batch").Length + Directory.GetFiles(folder, "*.inflight").Length >= 199);
        await client.DisposeAsync();
        Assert.Equal(201, Directory.GetFiles(folder, "*.batch").Length + Directory.GetFiles(folder, "*.inflight").Length);
    }

    [Fact]
    public async Task SecondClientOnSameDirectory_IsRefused()
    {
        using var directory = new TempDirectory();
        await using var first = DeadEndpointClient(directory, new FakeTimeProvider(Start));

        var exception = Assert.Throws<InvalidOperationException>(() => DeadEndpointClient(directory, new FakeTimeProvider(Start)));

        Assert.Contains("in use by another CsbClient", exception.Message);
    }

    private static Uri? _deadEndpoint;

    private static CsbClient DeadEndpointClient(TempDirectory directory, FakeTimeProvider time, Action<CsbClientOptions>? configure = null)
    {
        _deadEndpoint ??= new Uri($"http://127.0.0.1:{TestClients.FreePort()}/");
        return TestClients.Create(_deadEndpoint, o =>
        {
            o.WriteKey = WriteKey;
            o.DurableDirectory = directory.Path;
            o.ShutdownTimeout = TimeSpan.Zero;
            configure?.Invoke(o);
        }, time);
    }
}
