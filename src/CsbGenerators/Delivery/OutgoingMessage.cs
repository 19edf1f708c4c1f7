using System;
using System.Buffers;

namespace CsbGenerators.Delivery
{
    /// <summary>
    /// One serialized message waiting in the queue. It owns a buffer rented from <see cref="ArrayPool{T}.Shared"/>
    /// and holds no reference to the user's event object.
    /// </summary>
    internal sealed class OutgoingMessage
    {
        public OutgoingMessage(long sequence, Guid messageId, CsbEventKind kind, string eventType, byte[] buffer, int length)
        {
            Sequence = sequence;
            MessageId = messageId;
            Kind = kind;
            EventType = eventType;
            Buffer = buffer;
            Length = length;
        }

        /// <summary>The enqueue order, starting at 1; flushes wait on it.</summary>
        public long Sequence { get; }

        public Guid MessageId { get; }

        public CsbEventKind Kind { get; }

        public string EventType { get; }

        public byte[] Buffer { get; private set; }

        public int Length { get; }

        public ReadOnlySpan<byte> Json => new ReadOnlySpan<byte>(Buffer, 0, Length);

        /// <summary>Returns the buffer to the pool; the message must not be read afterwards.</summary>
        public void Release()
        {
            var buffer = Buffer;
            Buffer = Array.Empty<byte>();
            if (buffer.Length > 0)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }
}
