namespace CsbGenerators
{
    /// <summary>
    /// The outcome of <see cref="CsbClient.FlushAsync(System.Threading.CancellationToken)"/> for the messages
    /// that were enqueued and not yet settled when the call started.
    /// </summary>
    public readonly struct CsbFlushResult
    {
        /// <summary>Initializes a result.</summary>
        public CsbFlushResult(int delivered, int failed, int pending, long dropped)
        {
            Delivered = delivered;
            Failed = failed;
            Pending = pending;
            Dropped = dropped;
        }

        /// <summary>Messages the endpoint acknowledged with a 2xx status.</summary>
        public int Delivered { get; }

        /// <summary>Messages that definitely failed; each failure was logged with its status or error.</summary>
        public int Failed { get; }

        /// <summary>Messages still waiting because the flush was cancelled before they settled.</summary>
        public int Pending { get; }

        /// <summary>Messages the full queue turned away since the previous flush started; each was counted and logged.</summary>
        public long Dropped { get; }

        /// <summary>Whether every message covered by the flush settled, delivered or failed.</summary>
        public bool IsComplete => Pending == 0;

        /// <inheritdoc/>
        public override string ToString()
        {
            var state = IsComplete ? "flushed" : "not flushed";
            return $"{state}: {Delivered} delivered, {Failed} failed, {Pending} pending, {Dropped} dropped";
        }
    }
}
