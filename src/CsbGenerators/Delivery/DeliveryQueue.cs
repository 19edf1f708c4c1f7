using System;
using System.Collections.Generic;

namespace CsbGenerators.Delivery
{
    /// <summary>
    /// The bounded first-in, first-out queue of serialized messages. When it holds
    /// <see cref="CsbClientOptions.MaxQueueLength"/> messages, a new one is turned away (drop newest), so
    /// memory stays bounded and the messages already accepted keep their place.
    /// </summary>
    internal sealed class DeliveryQueue
    {
        private readonly object _gate = new object();
        private readonly Queue<OutgoingMessage> _messages = new Queue<OutgoingMessage>();
        private readonly int _capacity;
        private long _lastSequence;

        public DeliveryQueue(int capacity)
        {
            _capacity = capacity;
        }

        public int Capacity => _capacity;

        public int Count
        {
            get
            {
                lock (_gate)
                {
                    return _messages.Count;
                }
            }
        }

        /// <summary>The sequence number of the newest accepted message, or 0 when none was accepted yet.</summary>
        public long LastSequence
        {
            get
            {
                lock (_gate)
                {
                    return _lastSequence;
                }
            }
        }

        /// <summary>Appends a message, or returns <see langword="null"/> when the queue is full.</summary>
        public OutgoingMessage? TryEnqueue(Guid messageId, CsbEventKind kind, string eventType, byte[] buffer, int length, out int countAfter)
        {
            lock (_gate)
            {
                if (_messages.Count >= _capacity)
                {
                    countAfter = _messages.Count;
                    return null;
                }

                var message = new OutgoingMessage(++_lastSequence, messageId, kind, eventType, buffer, length);
                _messages.Enqueue(message);
                countAfter = _messages.Count;
                return message;
            }
        }

        /// <summary>
        /// Removes the oldest messages, up to <paramref name="maxMessages"/> and, counting each message's
        /// bytes plus one separator, up to <paramref name="maxBytes"/>. The first message is always taken.
        /// </summary>
        public List<OutgoingMessage> TakeBatch(int maxMessages, int maxBytes)
        {
            var batch = new List<OutgoingMessage>();
            var bytes = 0;
            lock (_gate)
            {
                while (_messages.Count > 0 && batch.Count < maxMessages)
                {
                    var next = _messages.Peek();
                    if (batch.Count > 0 && bytes + next.Length + 1 > maxBytes)
                    {
                        break;
                    }

                    bytes += next.Length + 1;
                    batch.Add(_messages.Dequeue());
                }
            }

            return batch;
        }
    }
}
