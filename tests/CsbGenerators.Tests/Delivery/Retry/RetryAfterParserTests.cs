using System;
using CsbGenerators.Delivery.Retry;
using Xunit;

namespace CsbGenerators.Tests.Delivery.Retry;

/// <summary>Retry-After as delta seconds or an HTTP date, and X-RateLimit-Reset as Unix seconds.</summary>
public class RetryAfterParserTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("0", 0)]
    [InlineData("7", 7)]
    [InlineData(" 120 ", 120)]
    [InlineData("Tue, 10 Mar 2026 12:00:30 GMT", 30)]
    [InlineData("Tue, 10 Mar 2026 11:59:00 GMT", 0)]
    public void ValidValue_GivesDelay(string value, int expectedSeconds)
    {
        Assert.True(RetryAfterParser.TryParse(value, Now, out var delay));
        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), delay);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("-5")]
    [InlineData("1.5")]
    public void MalformedValue_IsIgnored(string? value)
    {
        Assert.False(RetryAfterParser.TryParse(value, Now, out _));
    }

    [Fact]
    public void RateLimitReset_GivesDelayUntilThen()
    {
        var reset = (Now + TimeSpan.FromSeconds(12)).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

        Assert.True(RetryAfterParser.TryParseReset(reset, Now, out var delay));
        Assert.Equal(TimeSpan.FromSeconds(12), delay);
    }
}
