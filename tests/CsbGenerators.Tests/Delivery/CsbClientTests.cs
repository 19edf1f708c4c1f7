using System;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using CsbGenerators.LocalReceiver;
using CsbGenerators.Tests.EndToEnd;
using CsbGenerators.Tests.Events;
using Xunit;

namespace CsbGenerators.Tests.Delivery;

/// <summary>Queue, flush and disposal behaviour of the client against a real receiver.</summary>
public class CsbClientTests : IClassFixture<ReceiverFixture>
{
    private readonly ReceiverFixture _fixture;

    public CsbClientTests(ReceiverFixture fixture)
    {
        _fixture = fixture;
        _fixture.Receiver.Clear();
        _fixture.Receiver.Faults.Clear();
    }

    [Fact]
    public async Task SendAfterDispose_ThrowsObjectDisposed()
    {
        var client = _fixture.CreateClient(CsbRoute.SegmentCompatible);
        await client.DisposeAsync();

        var exception = await Assert.ThrowsAsync<ObjectDisposedException>(async () => await client.SendAsync(Examples.Identify()));

        Assert.Contains("disposed", exception.Message);
    }

    [Fact]
    public async Task FullQueue_DropsNewestAndCountsIt()
    {
        await using var client = _fixture.CreateClient(CsbRoute.SegmentCompatible, o =>
        {
            o.MaxQueueLength = 2;
            o.FlushAt = 100;
            o.FlushInterval = TimeSpan.FromHours(1);
        });

        for (var i = 0; i < 5; i++)
        {
            await client.SendAsync(Examples.Track());
        }

        var result = await client.FlushAsync();

        Assert.Equal(2, result.Delivered);
        Assert.Equal(3, result.Dropped);
    }

    [Fact]
    public async Task ServerError_IsRetriedAndDelivered()
    {
        _fixture.Receiver.Faults.Enqueue(Fault.Status(503));
        await using var client = _fixture.CreateClient(CsbRoute.SegmentCompatible, o => o.RetryBaseDelay = TimeSpan.FromMilliseconds(10));
        await client.SendAsync(Examples.Track());

        var result = await client.FlushAsync();

        Assert.Equal(1, result.Delivered);
        Assert.Equal(new[] { 503, 200 }, _fixture.Receiver.Requests.Select(r => r.StatusCode));
    }

    [Fact]
    public async Task EventChangedAfterSend_KeepsSentValues()
    {
        await using var client = _fixture.CreateClient(CsbRoute.SegmentCompatible);
        var track = Examples.Track();
        await client.SendAsync(track);
        track.Cost = "changed";

        await client.FlushAsync();

        Assert.Contains("\"cost\":\"$120.00\"", _fixture.Receiver.Messages.Single().Json);
    }

    [Fact]
    public async Task OversizedSegmentMessage_IsRejectedAtSend()
    {
        await using var client = _fixture.CreateClient(CsbRoute.SegmentCompatible);
        var track = Examples.Track();
        track.Cost = new string('x', CsbClientOptions.MaxSegmentMessageBytes);

        var exception = await Assert.ThrowsAsync<CsbValidationException>(async () => await client.SendAsync(track));

        Assert.Contains("at most 32000 bytes", exception.Message);
    }

    [Fact]
    public async Task InvalidEvent_DoesNotAffectQueuedMessages()
    {
        await using var client = _fixture.CreateClient(CsbRoute.SegmentCompatible);
        await client.SendAsync(Examples.Track());
        await Assert.ThrowsAsync<CsbValidationException>(async () => await client.SendAsync(new ExampleIdentify { AccountId = "a" }));
        await client.SendAsync(Examples.Group());

        var result = await client.FlushAsync();

        Assert.Equal(2, result.Delivered);
    }

    [Fact]
    public async Task SyncDispose_SingleThreadContext_Returns()
    {
        var client = _fixture.CreateClient(CsbRoute.SegmentCompatible);
        await client.SendAsync(Examples.Track());
        var previous = SynchronizationContext.Current;
        var done = new ManualResetEventSlim();
        var thread = new Thread(() =>
        {
            SynchronizationContext.SetSynchronizationContext(new SingleThreadContext());
            client.Dispose();
            done.Set();
        });

        thread.Start();

        Assert.True(done.Wait(TimeSpan.FromSeconds(20)), "Dispose did not return within 20 s.");
        Assert.Single(_fixture.Receiver.Messages, m => m.Accepted);
    }

    /// <summary>A context that runs posted work nowhere, like a blocked UI thread.</summary>
    private sealed class SingleThreadContext : SynchronizationContext
    {
        public override void Post(SendOrPostCallback d, object? state)
        {
        }
    }
}
