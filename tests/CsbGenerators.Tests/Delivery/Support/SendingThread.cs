using System;
using System.Runtime.ExceptionServices;
using System.Threading;

namespace CsbGenerators.Tests.Delivery.Support;

/// <summary>
/// Runs a scenario on a thread of its own, so that <see cref="GC.GetAllocatedBytesForCurrentThread"/> counts the
/// sends and nothing that xunit or the thread pool runs meanwhile.
/// </summary>
internal static class SendingThread
{
    public static void Run(Action scenario)
    {
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                scenario();
            }
            catch (Exception exception)
            {
                failure = ExceptionDispatchInfo.Capture(exception);
            }
        });
        thread.Start();
        thread.Join();
        failure?.Throw();
    }

    /// <summary>
    /// Runs <paramref name="round"/> <paramref name="rounds"/> times with a pause after each. The pauses let
    /// tiered compilation replace the first, unoptimized code of the send path, which boxes inside some generic
    /// library methods, with the optimized code that runs in steady state.
    /// </summary>
    public static void Warm(Action round, int rounds = 10)
    {
        for (var i = 0; i < rounds; i++)
        {
            round();
            Thread.Sleep(100);
        }
    }

    /// <summary>Returns the bytes that <paramref name="work"/> allocated on the calling thread.</summary>
    public static long AllocatedBy(Action work)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        work();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
