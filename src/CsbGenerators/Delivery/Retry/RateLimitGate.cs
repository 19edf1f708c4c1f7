using System;
using System.Threading;
using System.Threading.Tasks;

namespace CsbGenerators.Delivery.Retry
{
    /// <summary>
    /// The client-wide <c>429</c> window. When any request is rate limited, the gate closes until the time the
    /// server asked for, and every sender of the client waits at the gate before its next request.
    /// </summary>
    internal sealed class RateLimitGate
    {
        private readonly TimeProvider _timeProvider;
        private long _openAtTicks;

        public RateLimitGate(TimeProvider timeProvider)
        {
            _timeProvider = timeProvider;
        }

        /// <summary>The time the gate opens; in the past when it is open.</summary>
        public DateTimeOffset OpenAt => new DateTimeOffset(Interlocked.Read(ref _openAtTicks), TimeSpan.Zero);

        /// <summary>Keeps the gate closed until at least <paramref name="until"/>.</summary>
        public void CloseUntil(DateTimeOffset until)
        {
            var ticks = until.UtcTicks;
            long current;
            do
            {
                current = Interlocked.Read(ref _openAtTicks);
                if (current >= ticks)
                {
                    return;
                }
            }
            while (Interlocked.CompareExchange(ref _openAtTicks, ticks, current) != current);
        }

        /// <summary>Waits until the gate is open; a later <see cref="CloseUntil"/> extends the wait.</summary>
        public async Task WaitAsync(CancellationToken cancellationToken)
        {
            while (true)
            {
                var wait = OpenAt - _timeProvider.GetUtcNow();
                if (wait <= TimeSpan.Zero)
                {
                    return;
                }

                await TimeProviderDelay.DelayAsync(_timeProvider, wait, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
