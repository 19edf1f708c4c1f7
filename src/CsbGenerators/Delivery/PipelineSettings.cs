using System;
using CsbGenerators.Delivery.Durable;
using CsbGenerators.Delivery.Queue;
using CsbGenerators.Delivery.Transports;

namespace CsbGenerators.Delivery
{
    /// <summary>The options the delivery loops read, copied from <see cref="CsbClientOptions"/> at construction.</summary>
    internal sealed class PipelineSettings
    {
        public PipelineSettings(CsbClientOptions options)
        {
            FlushAt = options.FlushAt;
            FlushInterval = options.FlushInterval;
            MaxBatchMessages = options.MaxBatchMessages;
            RetryMaxDelay = options.RetryMaxDelay;
            PauseProbeInterval = options.PauseProbeInterval;
        }

        public int FlushAt { get; }

        public TimeSpan FlushInterval { get; }

        public int MaxBatchMessages { get; }

        /// <summary>In durable mode, the wait before a new pass over batches whose retries ran out.</summary>
        public TimeSpan RetryMaxDelay { get; }

        public TimeSpan PauseProbeInterval { get; }
    }

    /// <summary>The parts a <see cref="DeliveryPipeline"/> is built from.</summary>
    internal sealed class PipelineParts
    {
        public PipelineParts(DeliveryQueue queue, IDeliveryTransport transport, BatchSender sender, DurableStore? store, FlushTracker tracker, OutcomeReporter reporter, TimeProvider timeProvider)
        {
            Queue = queue;
            Transport = transport;
            Sender = sender;
            Store = store;
            Tracker = tracker;
            Reporter = reporter;
            TimeProvider = timeProvider;
        }

        public DeliveryQueue Queue { get; }

        public IDeliveryTransport Transport { get; }

        public BatchSender Sender { get; }

        public DurableStore? Store { get; }

        public FlushTracker Tracker { get; }

        public OutcomeReporter Reporter { get; }

        public TimeProvider TimeProvider { get; }
    }
}
