using System.Threading;
using System.Threading.Tasks;

namespace CsbGenerators.Delivery
{
    /// <summary>
    /// One pending <see cref="CsbClient.FlushAsync(CancellationToken)"/> call: it covers the messages with
    /// sequence numbers in (<see cref="AfterSequence"/>, <see cref="ThroughSequence"/>] and completes once the
    /// last of them has settled.
    /// </summary>
    internal sealed class FlushWaiter
    {
        private int _delivered;
        private int _failed;

        public FlushWaiter(long afterSequence, long throughSequence, long dropped)
        {
            AfterSequence = afterSequence;
            ThroughSequence = throughSequence;
            Dropped = dropped;
        }

        public long AfterSequence { get; }

        public long ThroughSequence { get; }

        public long Dropped { get; }

        public TaskCompletionSource<bool> Completion { get; } = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool Covers(long sequence) => sequence > AfterSequence && sequence <= ThroughSequence;

        public void Record(bool delivered)
        {
            if (delivered)
            {
                Interlocked.Increment(ref _delivered);
            }
            else
            {
                Interlocked.Increment(ref _failed);
            }
        }

        public CsbFlushResult ToResult()
        {
            var delivered = Volatile.Read(ref _delivered);
            var failed = Volatile.Read(ref _failed);
            var pending = (int)(ThroughSequence - AfterSequence) - delivered - failed;
            return new CsbFlushResult(delivered, failed, pending, Dropped);
        }
    }
}
