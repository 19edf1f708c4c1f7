using System;
using System.Threading;
using System.Threading.Tasks;
using CsbGenerators.Delivery.Retry;

namespace CsbGenerators.Delivery
{
    /// <summary>An auto-resetting signal that a loop awaits with a timeout on the client's clock.</summary>
    internal sealed class WakeSignal
    {
        private readonly object _gate = new object();
        private TaskCompletionSource<bool> _signal = NewSource();

        public void Set()
        {
            lock (_gate)
            {
                _signal.TrySetResult(true);
            }
        }

        /// <summary>Waits until <see cref="Set"/> or until <paramref name="timeout"/> passes, which may be <see cref="Timeout.InfiniteTimeSpan"/>, then resets.</summary>
        /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
        public async Task WaitAsync(TimeSpan timeout, TimeProvider timeProvider, CancellationToken cancellationToken)
        {
            Task signal;
            lock (_gate)
            {
                signal = _signal.Task;
            }

            if (!signal.IsCompleted && (timeout > TimeSpan.Zero || timeout == Timeout.InfiniteTimeSpan))
            {
                using var delayCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                var delay = TimeProviderDelay.DelayAsync(timeProvider, timeout, delayCancellation.Token);
                await Task.WhenAny(signal, delay).ConfigureAwait(false);
                delayCancellation.Cancel();
            }

            cancellationToken.ThrowIfCancellationRequested();
            lock (_gate)
            {
                if (_signal.Task.IsCompleted)
                {
                    _signal = NewSource();
                }
            }
        }

        private static TaskCompletionSource<bool> NewSource() => new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
