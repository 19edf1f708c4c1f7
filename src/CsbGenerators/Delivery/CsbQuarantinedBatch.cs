using System;
using System.Collections.Generic;

namespace CsbGenerators
{
    /// <summary>
    /// A batch that the endpoint rejected with a status that a retry cannot fix, such as <c>400</c> or
    /// <c>413</c>. <see cref="CsbClientOptions.OnQuarantine"/> receives it so that the application can keep
    /// or inspect the messages.
    /// </summary>
    public sealed class CsbQuarantinedBatch
    {
        internal CsbQuarantinedBatch(int statusCode, string reason, IReadOnlyList<CsbQuarantinedMessage> messages)
        {
            StatusCode = statusCode;
            Reason = reason;
            Messages = messages;
        }

        /// <summary>The HTTP status of the rejection.</summary>
        public int StatusCode { get; }

        /// <summary>Why the endpoint rejected the batch, with an excerpt of its response; never a key.</summary>
        public string Reason { get; }

        /// <summary>The rejected messages.</summary>
        public IReadOnlyList<CsbQuarantinedMessage> Messages { get; }

        /// <inheritdoc/>
        public override string ToString() => $"CsbQuarantinedBatch {{ StatusCode = {StatusCode}, Messages = {Messages.Count} }}";
    }

    /// <summary>One rejected message: its id, its event type and its JSON as it was sent.</summary>
    public sealed class CsbQuarantinedMessage
    {
        internal CsbQuarantinedMessage(Guid messageId, string eventType, string json)
        {
            MessageId = messageId;
            EventType = eventType;
            Json = json;
        }

        /// <summary>The message id, the same on every attempt.</summary>
        public Guid MessageId { get; }

        /// <summary>The event's C# type name.</summary>
        public string EventType { get; }

        /// <summary>The message JSON as it was sent.</summary>
        public string Json { get; }
    }
}
