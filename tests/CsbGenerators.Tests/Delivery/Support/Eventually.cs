using System;
using System.Diagnostics;
using System.Threading.Tasks;
using Xunit;

namespace CsbGenerators.Tests.Delivery.Support;

/// <summary>Polls a condition on the real clock, for states that real I/O reaches on its own time.</summary>
internal static class Eventually
{
    public static async Task HoldsAsync(Func<bool> condition, int timeoutSeconds = 20)
    {
        var stopwatch = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(timeoutSeconds), $"the condition did not hold within {timeoutSeconds} s");
            await Task.Delay(5);
        }
    }
}
