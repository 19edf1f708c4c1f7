using System;

namespace CsbGenerators
{
    /// <summary>
    /// An event that cannot be delivered as it is: an id is null or blank, a value cannot be written as JSON,
    /// or the chosen route cannot carry the event. Thrown when the event is sent, before it is enqueued, so
    /// no other message is affected.
    /// </summary>
    public sealed class CsbValidationException : ArgumentException
    {
        /// <summary>Initializes the exception.</summary>
        /// <param name="eventType">The event type's C# name.</param>
        /// <param name="memberName">The C# member at fault, or <see langword="null"/> when the type as a whole is.</param>
        /// <param name="message">What is wrong and how to fix it.</param>
        public CsbValidationException(string eventType, string? memberName, string message)
            : base(message)
        {
            EventType = eventType;
            MemberName = memberName;
        }

        /// <summary>Initializes the exception with the error that the serializer raised.</summary>
        /// <param name="eventType">The event type's C# name.</param>
        /// <param name="memberName">The C# member at fault, or <see langword="null"/> when it is not known.</param>
        /// <param name="message">What is wrong and how to fix it.</param>
        /// <param name="innerException">The error that the serializer raised.</param>
        public CsbValidationException(string eventType, string? memberName, string message, Exception innerException)
            : base(message, innerException)
        {
            EventType = eventType;
            MemberName = memberName;
        }

        /// <summary>The event type's C# name.</summary>
        public string EventType { get; }

        /// <summary>The C# member at fault, or <see langword="null"/> when the type as a whole is.</summary>
        public string? MemberName { get; }
    }
}
