using System;
using System.IO;
using CsbGenerators.Delivery.Queue;
using CsbGenerators.Telemetry;
using Microsoft.Extensions.Logging;

namespace CsbGenerators.Delivery.Durable
{
    /// <summary>
    /// Moves messages from the memory queue into batch files. A message settles as stored once its file is on
    /// disk, so <see cref="CsbClient.FlushAsync"/> returns then in durable mode. When a write fails the messages
    /// go back to the front of the queue and the next pass tries again.
    /// </summary>
    internal sealed class DurablePersister
    {
        private readonly object _gate = new object();
        private readonly DeliveryQueue _queue;
        private readonly DurableStore _store;
        private readonly int _maxBatchMessages;
        private readonly int _maxBatchBytes;
        private readonly FlushTracker _tracker;
        private readonly ILogger _logger;
        private readonly CsbMetrics _metrics;
        private volatile bool _failing;

        public DurablePersister(DeliveryQueue queue, DurableStore store, int maxBatchMessages, int maxBatchBytes, FlushTracker tracker, ILogger logger, CsbMetrics metrics)
        {
            _queue = queue;
            _store = store;
            _maxBatchMessages = maxBatchMessages;
            _maxBatchBytes = maxBatchBytes;
            _tracker = tracker;
            _logger = logger;
            _metrics = metrics;
        }

        /// <summary>Whether the last write failed, so the sender may take batches from memory.</summary>
        public bool IsFailing => _failing;

        /// <summary>Writes every queued message to disk; returns the number of files written.</summary>
        public int PersistQueued()
        {
            lock (_gate)
            {
                var files = 0;
                while (true)
                {
                    var batch = _queue.TakeBatch(_maxBatchMessages, _maxBatchBytes);
                    if (batch.Count == 0)
                    {
                        _failing = false;
                        return files;
                    }

                    bool written;
                    try
                    {
                        written = _store.TryWrite(batch);
                    }
                    catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
                    {
                        _queue.ReturnToFront(batch);
                        _failing = true;
                        StoreLog.WriteFailed(_logger, batch.Count, exception);
                        return files;
                    }

                    if (written)
                    {
                        files++;
                        _tracker.Settle(batch, MessageOutcome.Stored);
                    }
                    else
                    {
                        _metrics.Dropped(batch.Count, DropReasons.StoreFull);
                        StoreLog.CapDropped(_logger, 1, batch.Count, "no room left in the durable directory");
                        _tracker.Settle(batch, MessageOutcome.Failed);
                    }

                    foreach (var message in batch)
                    {
                        _queue.Release(message);
                    }
                }
            }
        }
    }
}
