using System;

namespace CsbGenerators.Delivery.Retry
{
    /// <summary>
    /// Exponential backoff with full jitter: before retry <c>n</c> the client waits a random time from zero up
    /// to <c>min(cap, base * 2^(n-1))</c>, so that many clients that failed together do not retry together.
    /// A batch stops after <see cref="MaxAttempts"/> requests or once the next wait would pass <see cref="MaxElapsed"/>.
    /// </summary>
    internal sealed class RetryPolicy
    {
        /// <summary>The shortest wait a <c>Retry-After</c> header can cause, so that a zero cannot start a request storm.</summary>
        public static readonly TimeSpan MinRetryAfter = TimeSpan.FromMilliseconds(100);

        private readonly Func<double> _nextRandom;

        public RetryPolicy(TimeSpan baseDelay, TimeSpan maxDelay, int maxAttempts, TimeSpan maxElapsed, Func<double>? nextRandom = null)
        {
            BaseDelay = baseDelay;
            MaxDelay = maxDelay;
            MaxAttempts = maxAttempts;
            MaxElapsed = maxElapsed;
            _nextRandom = nextRandom ?? SharedRandom.NextDouble;
        }

        public TimeSpan BaseDelay { get; }

        public TimeSpan MaxDelay { get; }

        /// <summary>The most requests per batch, the first included.</summary>
        public int MaxAttempts { get; }

        public TimeSpan MaxElapsed { get; }

        /// <summary>The upper end of the jitter range before retry <paramref name="retry"/> (1 for the first retry).</summary>
        public TimeSpan CeilingFor(int retry)
        {
            var exponent = Math.Min(Math.Max(retry - 1, 0), 30);
            var ticks = Math.Min((double)BaseDelay.Ticks * Math.Pow(2, exponent), MaxDelay.Ticks);
            return TimeSpan.FromTicks((long)ticks);
        }

        /// <summary>Draws the wait before retry <paramref name="retry"/> uniformly from zero up to its ceiling.</summary>
        public TimeSpan BackoffFor(int retry)
        {
            var ceiling = CeilingFor(retry);
            return TimeSpan.FromTicks((long)(ceiling.Ticks * _nextRandom()));
        }

        /// <summary>Clamps a server's <c>Retry-After</c> between <see cref="MinRetryAfter"/> and <see cref="MaxDelay"/>.</summary>
        public TimeSpan Clamp(TimeSpan retryAfter)
        {
            if (retryAfter < MinRetryAfter)
            {
                return MinRetryAfter;
            }

            return retryAfter > MaxDelay ? MaxDelay : retryAfter;
        }

        /// <summary>Whether another request fits after <paramref name="attemptsMade"/> requests and a wait of <paramref name="delay"/>.</summary>
        public bool AllowsRetry(int attemptsMade, TimeSpan elapsed, TimeSpan delay)
        {
            return attemptsMade < MaxAttempts && elapsed + delay <= MaxElapsed;
        }

        /// <summary>A thread-safe source of random numbers for netstandard2.0, which has no <c>Random.Shared</c>.</summary>
        private static class SharedRandom
        {
            private static readonly Random Seeds = new Random();

            [ThreadStatic]
            private static Random? t_random;

            public static double NextDouble()
            {
                var random = t_random;
                if (random is null)
                {
                    int seed;
                    lock (Seeds)
                    {
                        seed = Seeds.Next();
                    }

                    random = t_random = new Random(seed);
                }

                return random.NextDouble();
            }
        }
    }
}
