using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace CsbGenerators.Delivery
{
    /// <summary>
    /// Matches settled messages to the flushes that wait for them. Every accepted message settles exactly once,
    /// so a flush that starts when <c>n</c> of the first <c>s</c> messages have settled waits for <c>s - n</c> more.
    /// </summary>
    internal sealed class FlushTracker
    {
        private readonly object _gate = new object();
        private readonly List<FlushWaiter> _waiters = new List<FlushWaiter>();
        private long _settledCount;
        private long _droppedAtLastFlush;
        private bool _paused;

        /// <summary>
        /// Starts a flush over the messages accepted so far. Returns <see langword="null"/> and the result at once
        /// when nothing is left to wait for, or when delivery is paused.
        /// </summary>
        /// <remarks>
        /// <paramref name="readLastSequence"/> runs under the lock, so every message settled before it has a
        /// sequence number no greater than the one it returns.
        /// </remarks>
        public FlushWaiter? Begin(Func<long> readLastSequence, long droppedTotal, out CsbFlushResult immediate)
        {
            lock (_gate)
            {
                var lastSequence = readLastSequence();
                var waiter = new FlushWaiter(lastSequence, (int)(lastSequence - _settledCount), droppedTotal - _droppedAtLastFlush);
                _droppedAtLastFlush = droppedTotal;
                immediate = waiter.ToResult(_paused);
                if (waiter.IsSettled || _paused)
                {
                    return null;
                }

                _waiters.Add(waiter);
                return waiter;
            }
        }

        public async Task<CsbFlushResult> WaitAsync(FlushWaiter waiter, CancellationToken cancellationToken)
        {
            using (cancellationToken.Register(() => waiter.Completion.TrySetResult(false)))
            {
                await waiter.Completion.Task.ConfigureAwait(false);
            }

            lock (_gate)
            {
                _waiters.Remove(waiter);
                return waiter.ToResult(_paused);
            }
        }

        /// <summary>Records the outcome of messages accepted by this client; messages read back from disk have no sequence and are skipped.</summary>
        public void Settle(IEnumerable<OutgoingMessage> messages, MessageOutcome outcome)
        {
            lock (_gate)
            {
                foreach (var message in messages)
                {
                    if (message.Sequence <= 0)
                    {
                        continue;
                    }

                    _settledCount++;
                    foreach (var waiter in _waiters)
                    {
                        if (waiter.Covers(message.Sequence))
                        {
                            waiter.Record(outcome);
                        }
                    }
                }

                for (var i = _waiters.Count - 1; i >= 0; i--)
                {
                    if (_waiters[i].IsSettled)
                    {
                        _waiters[i].Completion.TrySetResult(true);
                        _waiters.RemoveAt(i);
                    }
                }
            }
        }

        /// <summary>
        /// Marks delivery as paused or resumed. While paused, waiting flushes return with their messages pending,
        /// because those messages cannot move until the endpoint accepts the key again.
        /// </summary>
        public void SetPaused(bool paused)
        {
            lock (_gate)
            {
                _paused = paused;
                if (paused)
                {
                    ReleaseAll();
                }
            }
        }

        /// <summary>Completes every waiting flush with what has settled so far.</summary>
        public void ReleaseAll()
        {
            lock (_gate)
            {
                foreach (var waiter in _waiters)
                {
                    waiter.Completion.TrySetResult(false);
                }

                _waiters.Clear();
            }
        }
    }
}
