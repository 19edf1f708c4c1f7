using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using CsbGenerators.Delivery;
using CsbGenerators.LocalReceiver;
using CsbGenerators.Tests.Delivery.Support;
using CsbGenerators.Tests.Events;
using Xunit;
using Receiver = CsbGenerators.LocalReceiver.LocalReceiver;

namespace CsbGenerators.Tests.Delivery;

/// <summary>
/// Every way a message settles returns it to the client's pool exactly once: the pool counts a return per rent,
/// and counts a second return of the same rent apart. The counts are read after disposal, when every loop ended.
/// </summary>
public class MessageReturnTests
{
    private const int Events = 250;

    [Fact]
    public async Task Delivered_ReturnsEachOnce()
    {
        await using var receiver = await Receiver.StartAsync();
        var client = TestClients.Create(receiver);
        var pool = client.Pipeline.Queue.Pool;
        await SendAsync(client, Events);

        var result = await client.FlushAsync();
        await client.DisposeAsync();

        Assert.Equal(Events, result.Delivered);
        AssertReturnedOnce(pool, Events);
    }

    [Fact]
    public async Task RetriedThenDelivered_ReturnsEachOnce()
    {
        await using var receiver = await Receiver.StartAsync();
        receiver.Faults.Enqueue(Fault.Status(503), Fault.Status(503));
        var client = TestClients.Create(receiver, FastRetries);
        var pool = client.Pipeline.Queue.Pool;
        await SendAsync(client, Events);

        var result = await client.FlushAsync();
        await client.DisposeAsync();

        Assert.Equal(Events, result.Delivered);
        Assert.Equal(2, receiver.Requests.Count(r => r.StatusCode == 503));
        AssertReturnedOnce(pool, Events);
    }

    [Fact]
    public async Task Quarantined_ReturnsEachOnce()
    {
        await using var receiver = await Receiver.StartAsync();
        receiver.Faults.Enqueue(Fault.Status(400));
        var quarantined = 0;
        var client = TestClients.Create(receiver, o => o.OnQuarantine = batch => quarantined += batch.Messages.Count);
        var pool = client.Pipeline.Queue.Pool;
        await SendAsync(client, Events);

        var result = await client.FlushAsync();
        await client.DisposeAsync();

        Assert.Equal(100, quarantined);
        Assert.Equal(100, result.Failed);
        AssertReturnedOnce(pool, Events);
    }

    [Fact]
    public async Task RetriesExhausted_ReturnsEachOnce()
    {
        var client = TestClients.Create(new Uri($"http://127.0.0.1:{TestClients.FreePort()}/"), o =>
        {
            FastRetries(o);
            o.MaxRetryAttempts = 2;
        });
        var pool = client.Pipeline.Queue.Pool;
        await SendAsync(client, Events);

        var result = await client.FlushAsync();
        await client.DisposeAsync();

        Assert.Equal(Events, result.Failed);
        AssertReturnedOnce(pool, Events);
    }

    [Fact]
    public async Task DroppedOnFullQueue_RentsNothing()
    {
        await using var receiver = await Receiver.StartAsync();
        var client = TestClients.Create(receiver, o =>
        {
            o.MaxQueueLength = 2;
            o.FlushInterval = TimeSpan.FromHours(1);
        });
        var pool = client.Pipeline.Queue.Pool;
        await SendAsync(client, 5);

        var result = await client.FlushAsync();
        await client.DisposeAsync();

        Assert.Equal(3, result.Dropped);
        AssertReturnedOnce(pool, 2);
    }

    [Fact]
    public async Task Paused_ThenDisposed_ReturnsEachOnce()
    {
        await using var receiver = await Receiver.StartAsync(new LocalReceiverOptions { WriteKey = "rotated-key" });
        var client = TestClients.Create(receiver, o => o.ShutdownTimeout = TimeSpan.FromMilliseconds(200));
        var pool = client.Pipeline.Queue.Pool;
        await SendAsync(client, Events);

        var result = await client.FlushAsync();
        await client.DisposeAsync();

        Assert.True(result.DeliveryPaused);
        AssertReturnedOnce(pool, Events);
    }

    [Fact]
    public async Task DisposedWithMessagesInFlight_ReturnsEachOnce()
    {
        var handler = new GatedHandler(open: false);
        var options = TestClients.Options(new Uri("http://127.0.0.1:9/"));
        options.ShutdownTimeout = TimeSpan.Zero;
        var client = new CsbClient(options, new HttpClient(handler));
        var pool = client.Pipeline.Queue.Pool;
        await SendAsync(client, Events);
        await Eventually.HoldsAsync(() => handler.Requests > 0);

        await client.DisposeAsync();

        Assert.Equal(0, client.Pipeline.Queue.HeldCount);
        AssertReturnedOnce(pool, Events);
    }

    [Fact]
    public async Task DurableWrite_ReturnsEachOnce()
    {
        using var directory = new TempDirectory();
        var client = TestClients.Create(new Uri($"http://127.0.0.1:{TestClients.FreePort()}/"), o =>
        {
            o.DurableDirectory = directory.Path;
            o.ShutdownTimeout = TimeSpan.Zero;
        });
        var pool = client.Pipeline.Queue.Pool;
        await SendAsync(client, Events);

        var result = await client.FlushAsync();
        await client.DisposeAsync();

        // The send loop may have leased a stored batch meanwhile, so it rents more than the sends did.
        Assert.Equal(Events, result.Stored);
        AssertReturnedOnce(pool, pool.Rented);
        Assert.True(pool.Rented >= Events, $"only {pool.Rented} messages were rented");
    }

    [Fact]
    public async Task DurableReadBack_ReturnsEachOnce()
    {
        using var directory = new TempDirectory();
        await using var receiver = await Receiver.StartAsync();
        var writer = TestClients.Create(receiver.BaseAddress, o =>
        {
            o.DurableDirectory = directory.Path;
            o.ShutdownTimeout = TimeSpan.Zero;
            o.FlushInterval = TimeSpan.FromHours(1);
        });

        // Paused by a rejected key, the first client leaves every stored batch on disk.
        receiver.Options.WriteKey = "rotated-key";
        await SendAsync(writer, Events);

        // The persister may write some batches before the flush starts, so the flush need not count all of them.
        var flushed = await writer.FlushAsync();
        Assert.Equal(0, flushed.Delivered);
        Assert.Equal(0, flushed.Failed);
        await writer.DisposeAsync();
        receiver.Options.WriteKey = "local-write-key";

        var reader = TestClients.Create(receiver, o => o.DurableDirectory = directory.Path);
        var pool = reader.Pipeline.Queue.Pool;
        await receiver.WaitForMessagesAsync(Events, TimeSpan.FromSeconds(20));
        await reader.DisposeAsync();

        Assert.Equal(Events, receiver.Messages.Count(m => m.Accepted));
        AssertReturnedOnce(pool, pool.Rented);
        Assert.True(pool.Rented >= Events, $"only {pool.Rented} messages were rented");
    }

    private static void FastRetries(CsbClientOptions options)
    {
        options.RetryBaseDelay = TimeSpan.FromMilliseconds(10);
        options.RetryMaxDelay = TimeSpan.FromMilliseconds(50);
    }

    private static async Task SendAsync(CsbClient client, int count)
    {
        for (var i = 1; i <= count; i++)
        {
            await client.SendAsync(NumberedEvent.For(i));
        }
    }

    private static void AssertReturnedOnce(MessagePool pool, long rented)
    {
        Assert.Equal(rented, pool.Rented);
        Assert.Equal(rented, pool.Returned);
        Assert.Equal(0, pool.DoubleReturns);
    }
}
