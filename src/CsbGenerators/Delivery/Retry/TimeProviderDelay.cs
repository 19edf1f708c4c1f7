using System;
using System.Threading;
using System.Threading.Tasks;

namespace CsbGenerators.Delivery.Retry
{
    /// <summary>Timers on the client's <see cref="TimeProvider"/>, so that tests can drive them with a fake clock.</summary>
    internal static class TimeProviderDelay
    {
        public static Task DelayAsync(TimeProvider timeProvider, TimeSpan delay, CancellationToken cancellationToken)
        {
#if NET8_0_OR_GREATER
            return Task.Delay(delay, timeProvider, cancellationToken);
#else
            return timeProvider.Delay(delay, cancellationToken);
#endif
        }

        /// <summary>Creates a source that cancels after <paramref name="delay"/> on the client's clock.</summary>
        public static CancellationTokenSource CancelAfter(TimeProvider timeProvider, TimeSpan delay)
        {
#if NET8_0_OR_GREATER
            return new CancellationTokenSource(delay, timeProvider);
#else
            return timeProvider.CreateCancellationTokenSource(delay);
#endif
        }
    }
}
