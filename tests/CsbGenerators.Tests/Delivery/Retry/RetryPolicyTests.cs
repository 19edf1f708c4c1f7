using System;
using CsbGenerators.Delivery.Retry;
using Xunit;

namespace CsbGenerators.Tests.Delivery.Retry;

/// <summary>Exponential backoff with full jitter, a cap, and bounds on attempts and elapsed time.</summary>
public class RetryPolicyTests
{
    private static RetryPolicy Policy(Func<double> random) => new(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), maxAttempts: 5, TimeSpan.FromMinutes(2), random);

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 4)]
    [InlineData(5, 16)]
    [InlineData(6, 30)]
    [InlineData(40, 30)]
    public void Ceiling_DoublesUpToCap(int retry, int expectedSeconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), Policy(() => 0.5).CeilingFor(retry));
    }

    [Theory]
    [InlineData(0.0, 0)]
    [InlineData(0.5, 2_000)]
    [InlineData(0.999, 3_996)]
    public void Backoff_IsDrawnFromZeroToCeiling(double random, int expectedMilliseconds)
    {
        Assert.Equal(TimeSpan.FromMilliseconds(expectedMilliseconds), Policy(() => random).BackoffFor(3));
    }

    [Fact]
    public void Backoff_WithSharedRandom_StaysInRange()
    {
        var policy = new RetryPolicy(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), 5, TimeSpan.FromMinutes(2));
        for (var i = 0; i < 1_000; i++)
        {
            Assert.InRange(policy.BackoffFor(4), TimeSpan.Zero, TimeSpan.FromSeconds(8));
        }
    }

    [Theory]
    [InlineData(0, 100)]
    [InlineData(50, 100)]
    [InlineData(2_000, 2_000)]
    [InlineData(3_600_000, 30_000)]
    public void RetryAfter_IsClampedBetween100msAndCap(int milliseconds, int expected)
    {
        Assert.Equal(TimeSpan.FromMilliseconds(expected), Policy(() => 0).Clamp(TimeSpan.FromMilliseconds(milliseconds)));
    }

    [Fact]
    public void AllowsRetry_StopsAtMaxAttempts()
    {
        var policy = Policy(() => 0);

        Assert.True(policy.AllowsRetry(4, TimeSpan.Zero, TimeSpan.FromSeconds(1)));
        Assert.False(policy.AllowsRetry(5, TimeSpan.Zero, TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public void AllowsRetry_StopsPastMaxElapsed()
    {
        var policy = Policy(() => 0);

        Assert.True(policy.AllowsRetry(1, TimeSpan.FromSeconds(90), TimeSpan.FromSeconds(30)));
        Assert.False(policy.AllowsRetry(1, TimeSpan.FromSeconds(91), TimeSpan.FromSeconds(30)));
    }
}
