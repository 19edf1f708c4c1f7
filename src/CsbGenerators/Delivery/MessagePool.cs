using System;
using System.Diagnostics;

namespace CsbGenerators.Delivery
{
    /// <summary>
    /// The client's pool of <see cref="OutgoingMessage"/> objects, each with its buffer, so that a send in steady
    /// state allocates nothing. A message is rented when the queue accepts a send or when a batch file is read
    /// back. It is returned once, when it settles: delivered, quarantined, dropped, or written to the durable
    /// directory. Buffers are powers of two from 16 to 32,768 bytes, with one free list per size. A larger
    /// message, which only the CustomerSuccessBox route allows, gets a buffer of its own that is not pooled.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Each client has its own pool rather than one shared by all clients, because its bounds are the client's own
    /// <see cref="CsbClientOptions.MaxQueueLength"/> and <see cref="CsbClientOptions.MaxQueueBytes"/>, and because
    /// a disposed client must let its memory go: <see cref="Close"/> drops every pooled message.
    /// </para>
    /// <para>
    /// The bounds cover every message the pool created and still keeps, rented or pooled, so the queue and the
    /// pool together keep no more than the caps. The queue never exceeds the caps, so in memory mode a rent that
    /// finds its free list empty can always make room by dropping pooled messages of other sizes. A pool that
    /// once served a full queue therefore serves every later send. Messages read back from batch files come on
    /// top of the queue, and when they push the total past the bounds, returns drop messages until it fits again.
    /// </para>
    /// </remarks>
    internal sealed class MessagePool
    {
        /// <summary>The smallest buffer; shorter messages get one of this size.</summary>
        public const int MinBufferLength = 16;

        /// <summary>
        /// The number of free lists, for 16 to 32,768 bytes. The largest fits the largest Segment-compatible
        /// message, <see cref="CsbClientOptions.MaxSegmentMessageBytes"/>.
        /// </summary>
        private const int SizeCount = 12;

        private readonly object _gate = new object();
        private readonly OutgoingMessage?[] _free = new OutgoingMessage?[SizeCount];
        private readonly int _maxCount;
        private readonly long _maxBytes;
        private int _keptCount;
        private long _keptBytes;
        private int _pooledCount;
        private bool _closed;
        private long _created;
        private long _rented;
        private long _returned;
        private long _doubleReturns;

        /// <param name="maxCount">The maximum number of messages the pool keeps, rented or pooled; the queue's message cap.</param>
        /// <param name="maxBytes">The maximum bytes the pool keeps, counted as the queue counts them; the queue's byte cap.</param>
        public MessagePool(int maxCount, long maxBytes)
        {
            if (maxCount < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(maxCount), maxCount, "The pool must be allowed at least one message.");
            }

            _maxCount = maxCount;
            _maxBytes = maxBytes;
        }

        /// <summary>Messages created because no pooled message of the needed size was free.</summary>
        public long Created => Read(ref _created);

        public long Rented => Read(ref _rented);

        /// <summary>Returns, counted once per rent. A second return of the same rent counts in <see cref="DoubleReturns"/> instead.</summary>
        public long Returned => Read(ref _returned);

        /// <summary>Returns of a message that was not rented. Each is ignored, and a Debug build asserts on it.</summary>
        public long DoubleReturns => Read(ref _doubleReturns);

        /// <summary>Messages waiting in the pool to be rented.</summary>
        public int PooledCount
        {
            get
            {
                lock (_gate)
                {
                    return _pooledCount;
                }
            }
        }

        /// <summary>The buffer length a message of <paramref name="length"/> bytes gets.</summary>
        public static int BufferLengthFor(int length)
        {
            var size = SizeIndexOf(length);
            return size < 0 ? length : MinBufferLength << size;
        }

        /// <summary>What a message of <paramref name="length"/> bytes counts against the queue's byte cap: its buffer plus the fixed overhead.</summary>
        public static long CostOf(int length) => BufferLengthFor(length) + (long)OutgoingMessage.OverheadBytes;

        /// <summary>Rents a message with room for <paramref name="length"/> bytes of JSON, which the caller copies in before <see cref="OutgoingMessage.Initialize"/>.</summary>
        public OutgoingMessage Rent(int length)
        {
            var size = SizeIndexOf(length);
            var cost = CostOf(length);
            lock (_gate)
            {
                _rented++;
                var message = size < 0 ? null : _free[size];
                if (message is not null)
                {
                    _free[size] = message.NextFree;
                    message.NextFree = null;
                    _pooledCount--;
                    message.MarkRented();
                    return message;
                }

                while ((_keptCount >= _maxCount || _keptBytes + cost > _maxBytes) && _pooledCount > 0)
                {
                    DropOnePooled();
                }

                _keptCount++;
                _keptBytes += cost;
                _created++;
            }

            return new OutgoingMessage(this, new byte[BufferLengthFor(length)]);
        }

        /// <summary>
        /// Takes back a message whose holder is done with it. The message is left to the garbage collector when the
        /// pool is closed, when its buffer is larger than the pooled sizes, or when the pool keeps more than its
        /// bounds, and pooled otherwise. A message that is not rented is ignored and counted in <see cref="DoubleReturns"/>.
        /// </summary>
        public void Return(OutgoingMessage message)
        {
            lock (_gate)
            {
                if (!message.IsRented)
                {
                    _doubleReturns++;
                    Debug.Assert(false, "A message was returned to the pool twice.");
                    return;
                }

                _returned++;
                message.MarkReturned();
                var size = SizeIndexOf(message.BufferLength);
                if (_closed || size < 0 || _keptCount > _maxCount || _keptBytes > _maxBytes)
                {
                    Forget(message);
                    return;
                }

                message.NextFree = _free[size];
                _free[size] = message;
                _pooledCount++;
            }
        }

        /// <summary>Drops every pooled message and pools nothing from now on, so a disposed client lets its memory go.</summary>
        public void Close()
        {
            lock (_gate)
            {
                _closed = true;
                while (_pooledCount > 0)
                {
                    DropOnePooled();
                }
            }
        }

        /// <summary>The index of the free list for <paramref name="length"/> bytes, or -1 when it is larger than every pooled size.</summary>
        private static int SizeIndexOf(int length)
        {
            var bufferLength = MinBufferLength;
            for (var size = 0; size < SizeCount; size++)
            {
                if (length <= bufferLength)
                {
                    return size;
                }

                bufferLength <<= 1;
            }

            return -1;
        }

        private void DropOnePooled()
        {
            // The largest first, because a rent that needs bytes gets them back soonest that way.
            for (var size = SizeCount - 1; size >= 0; size--)
            {
                var message = _free[size];
                if (message is not null)
                {
                    _free[size] = message.NextFree;
                    message.NextFree = null;
                    _pooledCount--;
                    Forget(message);
                    return;
                }
            }
        }

        private void Forget(OutgoingMessage message)
        {
            _keptCount--;
            _keptBytes -= message.Cost;
        }

        private long Read(ref long counter)
        {
            lock (_gate)
            {
                return counter;
            }
        }
    }
}
