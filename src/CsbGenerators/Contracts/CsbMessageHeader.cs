using System;

namespace CsbGenerators
{
    /// <summary>
    /// The per-message values that the client assigns once, when an event is enqueued, and that stay the
    /// same on every retry: the message id and the time the event happened.
    /// </summary>
    public readonly struct CsbMessageHeader
    {
        /// <summary>Initializes a header.</summary>
        /// <param name="messageId">The message id; receivers de-duplicate on it.</param>
        /// <param name="timestamp">When the event happened; written in UTC.</param>
        public CsbMessageHeader(Guid messageId, DateTimeOffset timestamp)
        {
            MessageId = messageId;
            Timestamp = timestamp;
        }

        /// <summary>The message id, written as a 36-character Guid string.</summary>
        public Guid MessageId { get; }

        /// <summary>When the event happened, written as <c>yyyy-MM-ddTHH:mm:ss.fffZ</c> in UTC.</summary>
        public DateTimeOffset Timestamp { get; }
    }
}
