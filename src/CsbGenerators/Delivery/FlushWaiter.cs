using System.Threading.Tasks;

namespace CsbGenerators.Delivery
{
    /// <summary>
    /// One pending <see cref="CsbClient.FlushAsync(System.Threading.CancellationToken)"/> call. It covers the
    /// messages with sequence numbers up to <see cref="ThroughSequence"/> that had not settled when it started,
    /// <see cref="Covered"/> of them, and completes once all of them have settled. Guarded by the lock of
    /// <see cref="FlushTracker"/>.
    /// </summary>
    internal sealed class FlushWaiter
    {
        private int _delivered;
        private int _failed;
        private int _stored;

        public FlushWaiter(long throughSequence, int covered, long dropped)
        {
            ThroughSequence = throughSequence;
            Covered = covered;
            Dropped = dropped;
        }

        public long ThroughSequence { get; }

        public int Covered { get; }

        public long Dropped { get; }

        public bool IsSettled => _delivered + _failed + _stored >= Covered;

        public TaskCompletionSource<bool> Completion { get; } = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool Covers(long sequence) => sequence > 0 && sequence <= ThroughSequence;

        public void Record(MessageOutcome outcome)
        {
            switch (outcome)
            {
                case MessageOutcome.Delivered:
                    _delivered++;
                    break;
                case MessageOutcome.Stored:
                    _stored++;
                    break;
                default:
                    _failed++;
                    break;
            }
        }

        public CsbFlushResult ToResult(bool deliveryPaused)
        {
            var pending = Covered - _delivered - _failed - _stored;
            return new CsbFlushResult(_delivered, _failed, _stored, pending, Dropped, deliveryPaused && pending > 0);
        }
    }

    /// <summary>How a message settled, for the flushes that wait on it.</summary>
    internal enum MessageOutcome
    {
        Delivered,
        Failed,
        Stored,
    }
}
