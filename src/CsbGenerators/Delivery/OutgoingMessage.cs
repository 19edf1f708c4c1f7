using System;
using System.Diagnostics;

namespace CsbGenerators.Delivery
{
    /// <summary>
    /// One serialized message waiting to be sent, with the buffer that contains its JSON and no reference to the
    /// user's event object. Messages are pooled. <see cref="MessagePool"/> rents one out, and its holder calls
    /// <see cref="Release"/> once, when the message settles, and reads nothing afterwards.
    /// </summary>
    /// <remarks>
    /// The pool ignores a second return and counts it in <see cref="MessagePool.DoubleReturns"/>. Debug builds
    /// also assert on every read that the message is rented, and <see cref="Generation"/> lets a holder check
    /// that a message it took was not returned and rented again meanwhile. Release builds do not check reads.
    /// </remarks>
    internal sealed class OutgoingMessage
    {
        /// <summary>The memory a message takes besides its buffer: this object and its queue slot, rounded up.</summary>
        public const int OverheadBytes = 128;

        private readonly MessagePool _pool;
        private readonly byte[] _buffer;
        private long _sequence;
        private Guid _messageId;
        private CsbEventKind _kind;
        private string _eventType = string.Empty;
        private int _length;

        /// <summary>Creates a rented message; only <see cref="MessagePool"/> calls it.</summary>
        internal OutgoingMessage(MessagePool pool, byte[] buffer)
        {
            _pool = pool;
            _buffer = buffer;
            IsRented = true;
        }

        /// <summary>The enqueue order, starting at 1, or 0 for a message read back from the durable directory; flushes wait on it.</summary>
        public long Sequence
        {
            get
            {
                AssertRented();
                return _sequence;
            }
        }

        public Guid MessageId
        {
            get
            {
                AssertRented();
                return _messageId;
            }
        }

        public CsbEventKind Kind
        {
            get
            {
                AssertRented();
                return _kind;
            }
        }

        public string EventType
        {
            get
            {
                AssertRented();
                return _eventType;
            }
        }

        /// <summary>The pooled buffer; the JSON fills its first <see cref="Length"/> bytes.</summary>
        public byte[] Buffer
        {
            get
            {
                AssertRented();
                return _buffer;
            }
        }

        /// <summary>The UTF-8 length of the JSON.</summary>
        public int Length
        {
            get
            {
                AssertRented();
                return _length;
            }
        }

        /// <summary>The bytes the queue counts against <see cref="CsbClientOptions.MaxQueueBytes"/>; fixed for the object's life.</summary>
        public long Cost => _buffer.Length + OverheadBytes;

        /// <summary>The length of the buffer, which stays with the object while it is pooled.</summary>
        internal int BufferLength => _buffer.Length;

        public ReadOnlySpan<byte> Json => new ReadOnlySpan<byte>(Buffer, 0, _length);

        /// <summary>Whether a holder has the message; <see langword="false"/> while it waits in the pool.</summary>
        internal bool IsRented { get; private set; }

        /// <summary>The number of times the message went back to the pool; a holder that recorded it can detect a reuse.</summary>
        internal int Generation { get; private set; }

        /// <summary>The next message in the pool's free list of this buffer size; set only by <see cref="MessagePool"/>.</summary>
        internal OutgoingMessage? NextFree { get; set; }

        /// <summary>Sets the fields of a rented message once the first <paramref name="length"/> bytes of its buffer contain the JSON.</summary>
        public void Initialize(long sequence, Guid messageId, CsbEventKind kind, string eventType, int length)
        {
            AssertRented();
            Debug.Assert(length >= 0 && length <= _buffer.Length, "The JSON length must fit the buffer.");
            _sequence = sequence;
            _messageId = messageId;
            _kind = kind;
            _eventType = eventType;
            _length = length;
        }

        /// <summary>Returns the message to its pool. Call it once, when the message settles, and read nothing afterwards.</summary>
        public void Release() => _pool.Return(this);

        /// <summary>Asserts in Debug builds that the message was not returned since its holder read <paramref name="generation"/>.</summary>
        [Conditional("DEBUG")]
        public void AssertGeneration(int generation)
        {
            Debug.Assert(IsRented && Generation == generation, "A message was returned to the pool while a holder still had it.");
        }

        /// <summary>Marks the message rented again; called by the pool under its lock.</summary>
        internal void MarkRented()
        {
            IsRented = true;
        }

        /// <summary>Marks the message returned and starts its next generation; called by the pool under its lock.</summary>
        internal void MarkReturned()
        {
            IsRented = false;
            Generation++;
            _eventType = string.Empty;
        }

        [Conditional("DEBUG")]
        private void AssertRented()
        {
            Debug.Assert(IsRented, "A message was read after it was returned to the pool.");
        }
    }
}
