using System;
using System.Collections.Generic;
using CsbGenerators.Delivery.Queue;

namespace CsbGenerators.Delivery.Durable
{
    /// <summary>
    /// Batches leased from the durable directory, oldest first. Only while writing to the directory fails does it
    /// fall back to the memory queue, so that a broken disk delays delivery instead of stopping it.
    /// </summary>
    internal sealed class DurableBatchSource : IBatchSource
    {
        private readonly DurableStore _store;
        private readonly DurablePersister _persister;
        private readonly MemoryBatchSource _memory;
        private readonly OutcomeReporter _reporter;
        private readonly TimeSpan _nextPassDelay;

        public DurableBatchSource(DurableStore store, DurablePersister persister, MemoryBatchSource memory, OutcomeReporter reporter, TimeSpan nextPassDelay)
        {
            _store = store;
            _persister = persister;
            _memory = memory;
            _reporter = reporter;
            _nextPassDelay = nextPassDelay;
        }

        public DeliveryBatch? TakeNext()
        {
            var stored = _store.LeaseOldest();
            if (stored is not null)
            {
                return new DeliveryBatch(stored.Messages, stored);
            }

            return _persister.IsFailing ? _memory.TakeNext() : null;
        }

        public void Complete(DeliveryBatch batch, BatchOutcome outcome)
        {
            if (batch.Stored is null)
            {
                _memory.Complete(batch, outcome);
                return;
            }

            try
            {
                _reporter.ReportAll(outcome, keptOnDisk: true, _nextPassDelay);
                var unsent = new HashSet<OutgoingMessage>(outcome.Kept);
                unsent.UnionWith(outcome.Exhausted);
                var keep = batch.Messages.FindAll(unsent.Contains);
                _store.Complete(batch.Stored, keep, outcome.Quarantined);
            }
            finally
            {
                // The file still has every message, so they go back to the pool even when the store failed.
                // Maintenance returns a lease left behind to the ready batches.
                foreach (var message in batch.Messages)
                {
                    message.Release();
                }
            }
        }
    }
}
