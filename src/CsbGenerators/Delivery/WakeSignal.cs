using System;
using System.Threading;
using System.Threading.Tasks;
using System.Threading.Tasks.Sources;

namespace CsbGenerators.Delivery
{
    /// <summary>An auto-resetting signal that one loop awaits with a timeout on the client's clock.</summary>
    /// <remarks>
    /// <para>
    /// <see cref="Set"/> runs on sending threads and allocates nothing: the signal is its own reusable
    /// <see cref="IValueTaskSource"/>, and completing it only queues the waiting loop's continuation to the thread
    /// pool. A <see cref="TaskCompletionSource{TResult}"/> combined with a delay through <c>Task.WhenAny</c> would
    /// allocate on the sending thread at every wake.
    /// </para>
    /// <para>
    /// A timeout or a cancellation resumes the loop on the thread that fired it, as a completed delay task does.
    /// With a fake clock that is the thread that advances it, so the loop has acted on the new time when the
    /// advance returns.
    /// </para>
    /// </remarks>
    internal sealed class WakeSignal : IValueTaskSource
    {
        private readonly object _gate = new object();
        private ManualResetValueTaskSourceCore<bool> _core;

        /// <summary>Whether a <see cref="Set"/> came while no wait was pending; the next wait then returns at once.</summary>
        private bool _isSet;

        /// <summary>Whether a wait is pending and nothing has completed it yet.</summary>
        private bool _isWaiting;

        /// <summary>Wakes the waiting loop, or lets its next wait return at once.</summary>
        public void Set()
        {
            lock (_gate)
            {
                if (!_isWaiting)
                {
                    _isSet = true;
                    return;
                }

                _isWaiting = false;
                _core.RunContinuationsAsynchronously = true;
            }

            // Outside the lock, so that no continuation runs under it. Only the thread that cleared _isWaiting
            // completes this wait, so it completes once.
            _core.SetResult(true);
        }

        /// <summary>Waits until <see cref="Set"/> or until <paramref name="timeout"/> passes, which may be <see cref="Timeout.InfiniteTimeSpan"/>, then resets.</summary>
        /// <remarks>Only one wait may be pending at a time.</remarks>
        /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
        public async Task WaitAsync(TimeSpan timeout, TimeProvider timeProvider, CancellationToken cancellationToken)
        {
            bool mustWait;
            short version;
            lock (_gate)
            {
                var expired = timeout <= TimeSpan.Zero && timeout != Timeout.InfiniteTimeSpan;
                mustWait = !_isSet && !expired && !cancellationToken.IsCancellationRequested;
                _isSet = false;
                _isWaiting = mustWait;
                version = _core.Version;
            }

            if (mustWait)
            {
                var expiry = new Expiry(this, version);
                using (timeProvider.CreateTimer(Expiry.OnTimer, expiry, timeout, Timeout.InfiniteTimeSpan))
                using (cancellationToken.Register(Expiry.OnCancel, expiry))
                {
                    await new ValueTask(this, version).ConfigureAwait(false);
                }

                lock (_gate)
                {
                    _core.Reset();
                }
            }

            cancellationToken.ThrowIfCancellationRequested();
        }

        void IValueTaskSource.GetResult(short token) => _core.GetResult(token);

        ValueTaskSourceStatus IValueTaskSource.GetStatus(short token) => _core.GetStatus(token);

        void IValueTaskSource.OnCompleted(Action<object?> continuation, object? state, short token, ValueTaskSourceOnCompletedFlags flags) =>
            _core.OnCompleted(continuation, state, token, flags);

        /// <summary>Ends the wait of <paramref name="version"/> on the calling thread; a later wait is left alone.</summary>
        private void Expire(short version)
        {
            lock (_gate)
            {
                if (!_isWaiting || _core.Version != version)
                {
                    return;
                }

                _isWaiting = false;
                _core.RunContinuationsAsynchronously = false;
            }

            _core.SetResult(false);
        }

        /// <summary>The timeout and cancellation of one wait; either one that fires after the wait ended does nothing.</summary>
        private sealed class Expiry
        {
            public static readonly TimerCallback OnTimer = state => ((Expiry)state!).Fire();
            public static readonly Action<object?> OnCancel = state => ((Expiry)state!).Fire();

            private readonly WakeSignal _signal;
            private readonly short _version;

            public Expiry(WakeSignal signal, short version)
            {
                _signal = signal;
                _version = version;
            }

            private void Fire() => _signal.Expire(_version);
        }
    }
}
