using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
using Receiver = CsbGenerators.LocalReceiver.LocalReceiver;

namespace CsbGenerators.Tests.Delivery.Support;

/// <summary>
/// Steps a <see cref="FakeTimeProvider"/> while real HTTP runs against a real receiver. Before each step it waits
/// until every request the client has in flight is one the receiver holds on purpose with a delay fault, so the
/// fake clock never times out a request that is merely being handled.
/// </summary>
internal static class ClockPump
{
    private static readonly TimeSpan MaxRealWait = TimeSpan.FromSeconds(20);

    /// <summary>Steps the clock by <paramref name="step"/> until <paramref name="done"/> holds, calling <paramref name="beforeStep"/> first each time.</summary>
    /// <exception cref="TimeoutException"><paramref name="limit"/> of simulated time passed first.</exception>
    public static async Task RunUntilAsync(FakeTimeProvider time, CsbClient client, Receiver? receiver, TimeSpan step, Func<bool> done, TimeSpan limit, Action? beforeStep = null)
    {
        var end = time.GetUtcNow() + limit;
        while (true)
        {
            await SettleAsync(client, receiver);
            if (done())
            {
                return;
            }

            if (time.GetUtcNow() >= end)
            {
                throw new TimeoutException($"The condition did not hold within {limit} of simulated time.");
            }

            beforeStep?.Invoke();
            time.Advance(step);
        }
    }

    /// <summary>Steps the clock for <paramref name="duration"/> of simulated time.</summary>
    public static Task RunForAsync(FakeTimeProvider time, CsbClient client, Receiver? receiver, TimeSpan step, TimeSpan duration, Action? beforeStep = null)
    {
        var end = time.GetUtcNow() + duration;
        return RunUntilAsync(time, client, receiver, step, () => time.GetUtcNow() >= end, duration + step, beforeStep);
    }

    /// <summary>Waits until no request is in flight except those the receiver delays, and the thread pool has caught up.</summary>
    public static async Task SettleAsync(CsbClient client, Receiver? receiver)
    {
        var stopwatch = Stopwatch.StartNew();
        await Task.Yield();
        while (client.Pipeline.Transport.InFlightRequests > (receiver?.Faults.DelayingCount ?? 0) && stopwatch.Elapsed < MaxRealWait)
        {
            await Task.Delay(1);
        }

        // Continuations that a timer released run on the thread pool; give them a moment to start their requests.
        var spin = Stopwatch.StartNew();
        while (ThreadPool.PendingWorkItemCount > 0 && spin.ElapsedMilliseconds < 5)
        {
            await Task.Yield();
        }

        while (client.Pipeline.Transport.InFlightRequests > (receiver?.Faults.DelayingCount ?? 0) && stopwatch.Elapsed < MaxRealWait)
        {
            await Task.Delay(1);
        }

        // A request the client just cancelled stays in the receiver's count until Kestrel detects the abort, and
        // would hide the client's next request; the condition must still hold a moment later.
        if ((receiver?.Faults.DelayingCount ?? 0) > 0)
        {
            await Task.Delay(2);
            while (client.Pipeline.Transport.InFlightRequests > receiver!.Faults.DelayingCount && stopwatch.Elapsed < MaxRealWait)
            {
                await Task.Delay(1);
            }
        }
    }
}
