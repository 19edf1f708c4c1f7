using System;
using System.Net.Http;
using CsbGenerators.Tests.Delivery.Support;
using CsbGenerators.Tests.Events;
using Xunit;
using Xunit.Abstractions;

namespace CsbGenerators.Tests.Delivery;

/// <summary>
/// A send on a running client allocates nothing on the sending thread once the message pool is warm, whether the
/// queue accepts the message or drops it. These assert allocations, not time.
/// </summary>
[Collection(ScenarioCollection.Name)]
public class EnqueueAllocationTests(ITestOutputHelper output)
{
    private const int QueueLength = 1_000;
    private const int Chunk = QueueLength / 2;

    [Fact]
    public void AcceptedSends_AllocateNothing()
    {
        var handler = new GatedHandler(open: false);
        using var client = CreateClient(handler);
        var csbEvent = NumberedEvent.For(1);
        long allocated = 0;

        SendingThread.Run(() =>
        {
            FillPool(client, handler, csbEvent);
            SendingThread.Warm(() => SendAndFlush(client, csbEvent, Chunk));

            // Each chunk fits in the queue, so every measured send is accepted; the flushes are not measured.
            for (var i = 0; i < 10; i++)
            {
                allocated += SendingThread.AllocatedBy(() => Send(client, csbEvent, Chunk));
                client.FlushAsync().GetAwaiter().GetResult();
            }
        });

        output.WriteLine($"{10 * Chunk} accepted sends allocated {allocated} bytes on the sending thread");
        Assert.Equal(QueueLength, client.Pipeline.Dropped);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void SendsAheadOfDelivery_AllocateNothing()
    {
        const int MeasuredSends = 20 * QueueLength;
        var handler = new GatedHandler(open: false);
        using var client = CreateClient(handler);
        var csbEvent = NumberedEvent.For(1);
        long allocated = -1;
        long droppedWhileMeasured = -1;

        SendingThread.Run(() =>
        {
            FillPool(client, handler, csbEvent);
            SendingThread.Warm(() => SendAndFlush(client, csbEvent, 5 * QueueLength));

            // The sender outruns the loop, so the queue fills and empties while the sends are measured.
            var droppedBefore = client.Pipeline.Dropped;
            allocated = SendingThread.AllocatedBy(() => Send(client, csbEvent, MeasuredSends));
            droppedWhileMeasured = client.Pipeline.Dropped - droppedBefore;
            client.FlushAsync().GetAwaiter().GetResult();
        });

        output.WriteLine($"{MeasuredSends} sends allocated {allocated} bytes on the sending thread; {droppedWhileMeasured} of them were dropped");
        Assert.True(droppedWhileMeasured < MeasuredSends, "every measured send was dropped, so no enqueue was measured");
        Assert.Equal(0, client.Pipeline.Queue.HeldCount);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void DroppedSends_AllocateNothing()
    {
        var handler = new GatedHandler(open: false);
        using var client = CreateClient(handler);
        var csbEvent = NumberedEvent.For(1);
        long allocated = -1;

        SendingThread.Run(() =>
        {
            // The loop waits on its first request, so the queue fills to its cap and every later send is dropped.
            Send(client, csbEvent, QueueLength);
            SendingThread.Warm(() => Send(client, csbEvent, Chunk));
            allocated = SendingThread.AllocatedBy(() => Send(client, csbEvent, QueueLength));
        });

        output.WriteLine($"{QueueLength} dropped sends allocated {allocated} bytes");
        Assert.Equal(QueueLength, client.Pipeline.Queue.HeldCount);
        Assert.Equal(10 * Chunk + QueueLength, client.Pipeline.Dropped);
        Assert.Equal(0, allocated);
        handler.Open();
    }

    private static CsbClient CreateClient(GatedHandler handler)
    {
        var options = TestClients.Options(new Uri("http://127.0.0.1:9/"));
        options.MaxQueueLength = QueueLength;
        options.ShutdownTimeout = TimeSpan.Zero;
        return new CsbClient(options, new HttpClient(handler));
    }

    /// <summary>
    /// Fills the queue while the loop waits on its first request, then delivers it all. Every message of the full
    /// queue returns to the pool, which then keeps as many messages as the queue can take. So no later send finds
    /// it empty, however far the sender runs ahead of delivery.
    /// </summary>
    private static void FillPool(CsbClient client, GatedHandler handler, NumberedEvent csbEvent)
    {
        Send(client, csbEvent, 2 * QueueLength);
        handler.Open();
        client.FlushAsync().GetAwaiter().GetResult();
    }

    private static void SendAndFlush(CsbClient client, NumberedEvent csbEvent, int count)
    {
        Send(client, csbEvent, count);
        client.FlushAsync().GetAwaiter().GetResult();
    }

    private static void Send(CsbClient client, NumberedEvent csbEvent, int count)
    {
        for (var i = 0; i < count; i++)
        {
            // SendAsync completes synchronously once the message is enqueued or dropped.
            client.SendAsync(csbEvent).GetAwaiter().GetResult();
        }
    }
}
