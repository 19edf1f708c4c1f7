using System;
using System.Threading;
using System.Threading.Tasks;
using CsbGenerators.Delivery.Durable;
using CsbGenerators.Delivery.Queue;
using CsbGenerators.Delivery.Retry;
using CsbGenerators.Delivery.Transports;
using CsbGenerators.Telemetry;
using Microsoft.Extensions.Logging;

namespace CsbGenerators.Delivery
{
    /// <summary>
    /// The queue and the background loops that drain it. In memory mode one send loop takes batches from the
    /// queue. In durable mode a persist loop writes the queue to batch files and the send loop sends the files.
    /// A loop wakes when <see cref="CsbClientOptions.FlushAt"/> messages wait, when a flush requests it, or after
    /// <see cref="CsbClientOptions.FlushInterval"/>. Every outcome is logged and counted; nothing leaves silently.
    /// </summary>
    internal sealed partial class DeliveryPipeline
    {
        private readonly DeliveryQueue _queue;
        private readonly IDeliveryTransport _transport;
        private readonly BatchSender _sender;
        private readonly IBatchSource _source;
        private readonly DurableStore? _store;
        private readonly DurablePersister? _persister;
        private readonly FlushTracker _tracker;
        private readonly ILogger _logger;
        private readonly CsbMetrics _metrics;
        private readonly TimeProvider _timeProvider;
        private readonly PipelineSettings _settings;
        private readonly CancellationTokenSource _stop = new CancellationTokenSource();
        private readonly WakeSignal _sendWake = new WakeSignal();
        private readonly WakeSignal _persistWake = new WakeSignal();
        private readonly WakeSignal _drained = new WakeSignal();
        private Task _sendLoop = Task.CompletedTask;
        private Task _persistLoop = Task.CompletedTask;
        private long _dropped;

        public DeliveryPipeline(PipelineParts parts, PipelineSettings settings)
        {
            _queue = parts.Queue;
            _transport = parts.Transport;
            _sender = parts.Sender;
            _store = parts.Store;
            _tracker = parts.Tracker;
            _logger = parts.Reporter.Logger;
            _metrics = parts.Reporter.Metrics;
            _timeProvider = parts.TimeProvider;
            _settings = settings;
            var memory = new MemoryBatchSource(_queue, _transport, settings.MaxBatchMessages, _tracker, parts.Reporter);
            if (_store is null)
            {
                _source = memory;
                return;
            }

            _persister = new DurablePersister(_queue, _store, settings.MaxBatchMessages, _transport.MaxRequestBytes, _tracker, _logger, _metrics);
            _source = new DurableBatchSource(_store, _persister, memory, parts.Reporter, settings.RetryMaxDelay);
        }

        public DeliveryQueue Queue => _queue;

        public IDeliveryTransport Transport => _transport;

        public DurableStore? Store => _store;

        public long Dropped => Interlocked.Read(ref _dropped);

        public void Start()
        {
            _sendLoop = Task.Run(RunSendLoopAsync);
            if (_persister is not null)
            {
                _persistLoop = Task.Run(RunPersistLoopAsync);
            }
        }

        /// <summary>
        /// Appends a copy of a serialized message; a full queue drops it, counts it and logs it. Allocates nothing
        /// once the message pool is warm, unless a logger records the drop.
        /// </summary>
        public bool Enqueue(Guid messageId, CsbEventKind kind, string eventType, ReadOnlySpan<byte> json)
        {
            if (!_queue.TryEnqueue(messageId, kind, eventType, json, out var queued, out var limit))
            {
                if (limit == QueueLimit.Closed)
                {
                    throw new ObjectDisposedException(nameof(CsbClient), "The CsbClient was disposed while this event was being sent; it was not enqueued. Send before disposing, or create a new client.");
                }

                var total = Interlocked.Increment(ref _dropped);
                _metrics.Dropped(1, DropReasons.QueueFull);
                if (IsWorthLogging(total))
                {
                    var (bound, unit) = limit == QueueLimit.Bytes ? (_queue.MaxBytes, "bytes") : (_queue.MaxCount, "messages");
                    DeliveryLog.MessageDropped(_logger, kind, bound, unit, total);
                }

                return false;
            }

            _metrics.Enqueued();
            if (queued >= _settings.FlushAt)
            {
                Wake();
            }

            return true;
        }

        public async Task<CsbFlushResult> FlushAsync(CancellationToken cancellationToken)
        {
            var waiter = _tracker.Begin(() => _queue.LastSequence, Dropped, out var immediate);
            if (waiter is null)
            {
                return immediate;
            }

            Wake();
            return await _tracker.WaitAsync(waiter, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>
        /// Flushes within <paramref name="timeout"/>, then stops the loops. In memory mode what is left is dropped
        /// and reported; in durable mode it stays on disk for the next start.
        /// </summary>
        public async Task<CsbFlushResult> StopAsync(TimeSpan timeout)
        {
            _queue.Close();
            CsbFlushResult result;
            using (var deadline = timeout > TimeSpan.Zero ? TimeProviderDelay.CancelAfter(_timeProvider, timeout) : new CancellationTokenSource())
            {
                if (timeout <= TimeSpan.Zero)
                {
                    deadline.Cancel();
                }

                result = await FlushAsync(deadline.Token).ConfigureAwait(false);
                if (_store is not null)
                {
                    await WaitForDrainAsync(deadline.Token).ConfigureAwait(false);
                }
            }

            _stop.Cancel();
            await WaitForLoopsAsync().ConfigureAwait(false);
            if (_persister is not null)
            {
                _persister.PersistQueued();
            }

            DropLeftovers(timeout);
            _queue.Pool.Close();
            _tracker.ReleaseAll();
            if (_store is not null && _store.PendingBatchCount > 0)
            {
                DeliveryLog.StoredAtShutdown(_logger, _store.PendingBatchCount);
            }

            DeliveryLog.Stopped(_logger, Interlocked.Read(ref _delivered), Interlocked.Read(ref _failed), Dropped);
            _transport.Dispose();
            _store?.Dispose();
            return result;
        }

        /// <summary>Whether the send loop still runs; it ends only when the client stops.</summary>
        internal bool IsRunning => !_sendLoop.IsCompleted;

        private async Task WaitForDrainAsync(CancellationToken deadline)
        {
            while (!deadline.IsCancellationRequested && _store is not null)
            {
                _sendWake.Set();
                try
                {
                    await _drained.WaitAsync(Timeout.InfiniteTimeSpan, _timeProvider, deadline).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                if (_queue.HeldCount == 0 && Volatile.Read(ref _storeEmpty))
                {
                    return;
                }
            }
        }

        private async Task WaitForLoopsAsync()
        {
            try
            {
                await Task.WhenAll(_sendLoop, _persistLoop).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // The loops end by cancellation; that is the expected way out.
            }
        }

        private void DropLeftovers(TimeSpan timeout)
        {
            var left = 0;
            while (true)
            {
                var batch = _queue.TakeBatch(int.MaxValue, int.MaxValue);
                if (batch.Count == 0)
                {
                    break;
                }

                left += batch.Count;
                _tracker.Settle(batch, MessageOutcome.Failed);
                foreach (var message in batch)
                {
                    _queue.Release(message);
                }
            }

            if (left > 0)
            {
                Interlocked.Add(ref _failed, left);
                _metrics.Dropped(left, DropReasons.Shutdown);
                DeliveryLog.UndeliveredAtShutdown(_logger, left, timeout);
            }
        }

        private void Wake()
        {
            _sendWake.Set();
            _persistWake.Set();
        }

        /// <summary>Logs the first drop, then every thousandth, so a dead endpoint cannot flood the log.</summary>
        private static bool IsWorthLogging(long dropTotal) => dropTotal == 1 || dropTotal % 1000 == 0;
    }
}
