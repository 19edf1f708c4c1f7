using System;
using System.Globalization;

namespace CsbGenerators.Delivery.Retry
{
    /// <summary>
    /// Reads the delay a server requests: <c>Retry-After</c> as delta seconds or as an HTTP date, and on a
    /// <c>429</c> without it, <c>X-RateLimit-Reset</c> in Unix seconds. The caller clamps the result.
    /// </summary>
    internal static class RetryAfterParser
    {
        /// <summary>The three HTTP-date forms of RFC 9110: IMF-fixdate, then the obsolete RFC 850 and asctime forms.</summary>
        private static readonly string[] HttpDateFormats = { "r", "dddd, dd-MMM-yy HH:mm:ss 'GMT'", "ddd MMM d HH:mm:ss yyyy" };

        /// <summary>Parses a <c>Retry-After</c> value. A malformed value returns <see langword="false"/>, so the backoff applies.</summary>
        public static bool TryParse(string? value, DateTimeOffset now, out TimeSpan delay)
        {
            delay = TimeSpan.Zero;
            if (string.IsNullOrWhiteSpace(value))
            {
                return false;
            }

            var text = value!.Trim();
            if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            {
                delay = seconds > int.MaxValue ? TimeSpan.FromSeconds(int.MaxValue) : TimeSpan.FromSeconds(seconds);
                return true;
            }

            if (DateTimeOffset.TryParseExact(text, HttpDateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowInnerWhite, out var date))
            {
                delay = date > now ? date - now : TimeSpan.Zero;
                return true;
            }

            return false;
        }

        /// <summary>Parses <c>X-RateLimit-Reset</c>, the Unix time in seconds at which sending may resume.</summary>
        public static bool TryParseReset(string? value, DateTimeOffset now, out TimeSpan delay)
        {
            delay = TimeSpan.Zero;
            if (string.IsNullOrWhiteSpace(value)
                || !long.TryParse(value!.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var unixSeconds)
                || unixSeconds > 253_402_300_799L)
            {
                return false;
            }

            var reset = DateTimeOffset.FromUnixTimeSeconds(unixSeconds);
            delay = reset > now ? reset - now : TimeSpan.Zero;
            return true;
        }
    }
}
