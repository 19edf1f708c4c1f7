using System;
using System.Globalization;

namespace CsbGenerators.LocalReceiver;

/// <summary>Reads a <c>Retry-After</c> value to set <c>X-RateLimit-Reset</c> on a 429 fault.</summary>
internal static class RetryAfterHeader
{
    /// <summary>Wait used for <c>X-RateLimit-Reset</c> when the 429 fault has no valid <c>Retry-After</c>.</summary>
    public static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Returns the time at which the rate limit resets: <paramref name="utcNow"/> plus the
    /// delay-seconds, the HTTP date itself, or <paramref name="utcNow"/> plus
    /// <see cref="DefaultWait"/> when <paramref name="retryAfter"/> is absent or malformed.
    /// </summary>
    public static DateTimeOffset GetResetTime(string? retryAfter, DateTimeOffset utcNow)
    {
        string value = retryAfter?.Trim() ?? string.Empty;
        if (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out long seconds) && seconds <= int.MaxValue)
        {
            return utcNow.AddSeconds(seconds);
        }

        if (DateTimeOffset.TryParseExact(value, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset date))
        {
            return date;
        }

        return utcNow + DefaultWait;
    }
}
