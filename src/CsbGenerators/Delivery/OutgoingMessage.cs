using System;

namespace CsbGenerators.Delivery
{
    /// <summary>
    /// One serialized message waiting to be sent. It owns a buffer rented from <see cref="MessageBufferPool"/>
    /// and holds no reference to the user's event object.
    /// </summary>
    internal sealed class OutgoingMessage
    {
        /// <summary>The memory a message takes besides its buffer: this object and its queue slot, rounded up.</summary>
        public const int OverheadBytes = 128;

        public OutgoingMessage(long sequence, Guid messageId, CsbEventKind kind, string eventType, byte[] buffer, int length)
        {
            Sequence = sequence;
            MessageId = messageId;
            Kind = kind;
            EventType = eventType;
            Buffer = buffer;
            Length = length;
            Cost = buffer.Length + OverheadBytes;
        }

        /// <summary>The enqueue order, starting at 1, or 0 for a message read back from the durable directory; flushes wait on it.</summary>
        public long Sequence { get; }

        public Guid MessageId { get; }

        public CsbEventKind Kind { get; }

        public string EventType { get; }

        public byte[] Buffer { get; private set; }

        /// <summary>The UTF-8 length of the JSON.</summary>
        public int Length { get; }

        /// <summary>The bytes the queue counts against <see cref="CsbClientOptions.MaxQueueBytes"/>.</summary>
        public long Cost { get; }

        public ReadOnlySpan<byte> Json => new ReadOnlySpan<byte>(Buffer, 0, Length);

        /// <summary>Returns the buffer to the pool; the message must not be read afterwards. A second call does nothing.</summary>
        public void Release()
        {
            var buffer = Buffer;
            Buffer = Array.Empty<byte>();
            if (buffer.Length > 0)
            {
                MessageBufferPool.Shared.Return(buffer);
            }
        }
    }
}
