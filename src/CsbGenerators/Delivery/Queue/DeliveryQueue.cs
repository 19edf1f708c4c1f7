using System;
using System.Collections.Generic;

namespace CsbGenerators.Delivery.Queue
{
    /// <summary>
    /// The bounded first-in, first-out queue of serialized messages. It counts every message it holds,
    /// queued or in flight, against <see cref="CsbClientOptions.MaxQueueLength"/> and
    /// <see cref="CsbClientOptions.MaxQueueBytes"/>. When either is reached a new message is turned away
    /// (drop newest), so memory stays bounded and the messages already accepted keep their place.
    /// </summary>
    internal sealed class DeliveryQueue
    {
        private readonly object _gate = new object();
        private readonly Queue<OutgoingMessage> _messages = new Queue<OutgoingMessage>();

        /// <summary>Messages returned from a batch that could not move, in order; they go out before <see cref="_messages"/>.</summary>
        private readonly List<OutgoingMessage> _returned = new List<OutgoingMessage>();
        private long _lastSequence;
        private int _heldCount;
        private long _heldBytes;
        private long _peakHeldBytes;
        private bool _closed;

        public DeliveryQueue(MessagePool pool, int maxCount, long maxBytes)
        {
            Pool = pool;
            MaxCount = maxCount;
            MaxBytes = maxBytes;
        }

        /// <summary>Where accepted messages come from and where <see cref="Release"/> returns them.</summary>
        public MessagePool Pool { get; }

        public int MaxCount { get; }

        public long MaxBytes { get; }

        /// <summary>Messages waiting to be taken.</summary>
        public int QueuedCount
        {
            get
            {
                lock (_gate)
                {
                    return _messages.Count + _returned.Count;
                }
            }
        }

        /// <summary>Messages held in memory, queued or in flight.</summary>
        public int HeldCount
        {
            get
            {
                lock (_gate)
                {
                    return _heldCount;
                }
            }
        }

        /// <summary>Bytes held in memory, queued or in flight, as counted against <see cref="MaxBytes"/>.</summary>
        public long HeldBytes
        {
            get
            {
                lock (_gate)
                {
                    return _heldBytes;
                }
            }
        }

        /// <summary>The most bytes held at any time since the queue was created.</summary>
        public long PeakHeldBytes
        {
            get
            {
                lock (_gate)
                {
                    return _peakHeldBytes;
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

        /// <summary>
        /// Appends a copy of <paramref name="json"/> in a pooled message, or returns <see langword="false"/> and the
        /// bound that was reached. The bounds are checked before a message is rented, so a dropped send takes nothing
        /// from the pool.
        /// </summary>
        public bool TryEnqueue(Guid messageId, CsbEventKind kind, string eventType, ReadOnlySpan<byte> json, out int queuedAfter, out QueueLimit reached)
        {
            var cost = MessagePool.CostOf(json.Length);
            lock (_gate)
            {
                reached = LimitReachedBy(cost);
                if (reached != QueueLimit.None)
                {
                    queuedAfter = _messages.Count + _returned.Count;
                    return false;
                }

                var message = Pool.Rent(json.Length);
                json.CopyTo(message.Buffer);
                message.Initialize(++_lastSequence, messageId, kind, eventType, json.Length);
                _messages.Enqueue(message);
                _heldCount++;
                _heldBytes += cost;
                _peakHeldBytes = Math.Max(_peakHeldBytes, _heldBytes);
                queuedAfter = _messages.Count + _returned.Count;
                return true;
            }
        }

        /// <summary>
        /// Takes the oldest messages, up to <paramref name="maxMessages"/> and, counting each message's bytes plus
        /// one separator, up to <paramref name="maxBytes"/>. The first message is always taken. The messages stay
        /// held until <see cref="Release"/>.
        /// </summary>
        public List<OutgoingMessage> TakeBatch(int maxMessages, int maxBytes)
        {
            var batch = new List<OutgoingMessage>();
            var bytes = 0;
            lock (_gate)
            {
                while (batch.Count < maxMessages)
                {
                    var next = PeekNext();
                    if (next is null || (batch.Count > 0 && bytes + next.Length + 1 > maxBytes))
                    {
                        break;
                    }

                    bytes += next.Length + 1;
                    batch.Add(next);
                    if (_returned.Count > 0)
                    {
                        _returned.RemoveAt(0);
                    }
                    else
                    {
                        _messages.Dequeue();
                    }
                }
            }

            return batch;
        }

        /// <summary>Turns every later message away, so nothing enters the queue after the client stopped draining it.</summary>
        public void Close()
        {
            lock (_gate)
            {
                _closed = true;
            }
        }

        /// <summary>Puts taken messages back at the front, in their order, so they go out next.</summary>
        public void ReturnToFront(IReadOnlyList<OutgoingMessage> messages)
        {
            lock (_gate)
            {
                var front = new List<OutgoingMessage>(messages);
                front.AddRange(_returned);
                _returned.Clear();
                _returned.AddRange(front);
            }
        }

        private QueueLimit LimitReachedBy(long cost)
        {
            if (_closed)
            {
                return QueueLimit.Closed;
            }

            if (_heldCount >= MaxCount)
            {
                return QueueLimit.Count;
            }

            return _heldBytes + cost > MaxBytes ? QueueLimit.Bytes : QueueLimit.None;
        }

        private OutgoingMessage? PeekNext()
        {
            if (_returned.Count > 0)
            {
                return _returned[0];
            }

            return _messages.Count > 0 ? _messages.Peek() : null;
        }

        /// <summary>Stops holding a taken message and returns it to the pool; the caller must not read it afterwards.</summary>
        public void Release(OutgoingMessage message)
        {
            lock (_gate)
            {
                _heldCount--;
                _heldBytes -= message.Cost;
            }

            message.Release();
        }
    }

    /// <summary>The bound that turned a message away.</summary>
    internal enum QueueLimit
    {
        None,
        Count,
        Bytes,

        /// <summary>The client is stopping.</summary>
        Closed,
    }
}
