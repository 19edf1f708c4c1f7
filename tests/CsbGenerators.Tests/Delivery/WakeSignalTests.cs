using System;
using System.Threading;
using System.Threading.Tasks;
using CsbGenerators.Delivery;
using CsbGenerators.Tests.Delivery.Support;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace CsbGenerators.Tests.Delivery;

/// <summary>The loops' wake signal: set, timeout and cancellation end a wait, and a set allocates nothing.</summary>
public class WakeSignalTests
{
    private static readonly TimeSpan Long = TimeSpan.FromHours(1);

    [Fact]
    public async Task Set_BeforeWait_EndsNextWaitOnly()
    {
        var signal = new WakeSignal();
        var time = new FakeTimeProvider();
        signal.Set();

        await signal.WaitAsync(Long, time, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.False(signal.WaitAsync(Long, time, CancellationToken.None).IsCompleted);
    }

    [Fact]
    public async Task Set_DuringWait_EndsIt()
    {
        var signal = new WakeSignal();
        var wait = signal.WaitAsync(Timeout.InfiniteTimeSpan, new FakeTimeProvider(), CancellationToken.None);
        Assert.False(wait.IsCompleted);

        signal.Set();

        await wait.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void Timeout_EndsWaitOnAdvancingThread()
    {
        var signal = new WakeSignal();
        var time = new FakeTimeProvider();
        var wait = signal.WaitAsync(TimeSpan.FromSeconds(5), time, CancellationToken.None);

        time.Advance(TimeSpan.FromSeconds(4));
        Assert.False(wait.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));

        // The wait ends inside Advance, as a delay on a fake clock does.
        Assert.True(wait.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task Cancellation_EndsWaitWithException()
    {
        var signal = new WakeSignal();
        using var cancellation = new CancellationTokenSource();
        var wait = signal.WaitAsync(Long, new FakeTimeProvider(), cancellation.Token);

        cancellation.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => wait);
    }

    [Fact]
    public async Task NextWait_KeepsItsOwnTimeout()
    {
        var signal = new WakeSignal();
        var time = new FakeTimeProvider();
        var first = signal.WaitAsync(TimeSpan.FromSeconds(5), time, CancellationToken.None);
        signal.Set();
        await first.WaitAsync(TimeSpan.FromSeconds(10));

        var second = signal.WaitAsync(TimeSpan.FromSeconds(30), time, CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(5));

        Assert.False(second.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(25));
        Assert.True(second.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task Set_OfPendingWait_AllocatesNothing()
    {
        var signal = new WakeSignal();
        var time = new FakeTimeProvider();
        long allocated = 0;
        for (var round = 0; round < 200; round++)
        {
            var wait = signal.WaitAsync(Long, time, CancellationToken.None);
            var bytes = SendingThread.AllocatedBy(signal.Set);
            await wait.WaitAsync(TimeSpan.FromSeconds(10));

            // The first rounds run the unoptimized code of tiered compilation, which may allocate.
            if (round >= 100)
            {
                allocated += bytes;
            }
        }

        Assert.Equal(0, allocated);
    }
}
