namespace CsbGenerators
{
    /// <summary>
    /// The outcome of <see cref="CsbClient.FlushAsync(System.Threading.CancellationToken)"/> for the messages
    /// that were enqueued and not yet settled when the call started.
    /// </summary>
    public readonly struct CsbFlushResult
    {
        /// <summary>Initializes a result without stored messages.</summary>
        public CsbFlushResult(int delivered, int failed, int pending, long dropped)
            : this(delivered, failed, 0, pending, dropped, deliveryPaused: false)
        {
        }

        /// <summary>Initializes a result.</summary>
        public CsbFlushResult(int delivered, int failed, int stored, int pending, long dropped, bool deliveryPaused)
        {
            Delivered = delivered;
            Failed = failed;
            Stored = stored;
            Pending = pending;
            Dropped = dropped;
            DeliveryPaused = deliveryPaused;
        }

        /// <summary>Messages the endpoint acknowledged with a 2xx status.</summary>
        public int Delivered { get; }

        /// <summary>Messages that definitely failed: quarantined, out of retries, or left at shutdown. Each failure was logged.</summary>
        public int Failed { get; }

        /// <summary>Messages written to the durable directory; they are sent in the background and after a restart.</summary>
        public int Stored { get; }

        /// <summary>Messages not yet settled, because the flush was cancelled or delivery is paused.</summary>
        public int Pending { get; }

        /// <summary>Messages the full queue turned away since the previous flush started; each was counted and logged.</summary>
        public long Dropped { get; }

        /// <summary>
        /// Whether a <c>401</c>, <c>403</c> or <c>404</c> paused delivery. The pending messages are kept
        /// and sent once the endpoint accepts them again.
        /// </summary>
        public bool DeliveryPaused { get; }

        /// <summary>Whether every message covered by the flush settled: delivered, stored or failed.</summary>
        public bool IsComplete => Pending == 0;

        /// <inheritdoc/>
        public override string ToString()
        {
            var state = IsComplete ? "flushed" : DeliveryPaused ? "not flushed (delivery paused)" : "not flushed";
            return $"{state}: {Delivered} delivered, {Stored} stored, {Failed} failed, {Pending} pending, {Dropped} dropped";
        }
    }
}
