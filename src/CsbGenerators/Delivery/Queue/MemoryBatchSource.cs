using CsbGenerators.Delivery.Transports;

namespace CsbGenerators.Delivery.Queue
{
    /// <summary>
    /// Batches straight from the memory queue. Delivered, quarantined and exhausted messages settle and leave the
    /// queue; messages that were not sent go back to its front. A pause or a stop therefore loses nothing.
    /// </summary>
    internal sealed class MemoryBatchSource : IBatchSource
    {
        private readonly DeliveryQueue _queue;
        private readonly IDeliveryTransport _transport;
        private readonly int _maxBatchMessages;
        private readonly FlushTracker _tracker;
        private readonly OutcomeReporter _reporter;

        public MemoryBatchSource(DeliveryQueue queue, IDeliveryTransport transport, int maxBatchMessages, FlushTracker tracker, OutcomeReporter reporter)
        {
            _queue = queue;
            _transport = transport;
            _maxBatchMessages = maxBatchMessages;
            _tracker = tracker;
            _reporter = reporter;
        }

        public DeliveryBatch? TakeNext()
        {
            var messages = _queue.TakeBatch(_maxBatchMessages, _transport.MaxRequestBytes);
            return messages.Count == 0 ? null : new DeliveryBatch(messages, stored: null);
        }

        public void Complete(DeliveryBatch batch, BatchOutcome outcome)
        {
            _reporter.ReportAll(outcome, keptOnDisk: false, System.TimeSpan.Zero);
            if (outcome.Kept.Count > 0)
            {
                _queue.ReturnToFront(outcome.Kept);
            }

            _tracker.Settle(outcome.Delivered, MessageOutcome.Delivered);
            _tracker.Settle(outcome.Quarantined, MessageOutcome.Failed);
            _tracker.Settle(outcome.Exhausted, MessageOutcome.Failed);
            ReleaseAll(outcome);
        }

        private void ReleaseAll(BatchOutcome outcome)
        {
            foreach (var message in outcome.Delivered)
            {
                _queue.Release(message);
            }

            foreach (var message in outcome.Quarantined)
            {
                _queue.Release(message);
            }

            foreach (var message in outcome.Exhausted)
            {
                _queue.Release(message);
            }
        }
    }
}
