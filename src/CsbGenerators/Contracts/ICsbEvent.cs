using System.Text.Json;

namespace CsbGenerators
{
    /// <summary>
    /// The contract that the source generator implements on every type marked with
    /// <see cref="CsbIdentifyAttribute"/>, <see cref="CsbTrackAttribute"/>, <see cref="CsbAccountAttribute"/>
    /// or <see cref="CsbPageAttribute"/>. User code does not implement it by hand; it passes such types to
    /// <see cref="CsbClient.SendAsync{TEvent}(TEvent, System.Threading.CancellationToken)"/>.
    /// </summary>
    /// <remarks>
    /// Both write methods validate before they write: a null or blank id, or a value that JSON cannot carry,
    /// throws <see cref="CsbValidationException"/>, and the caller discards whatever was written.
    /// </remarks>
    public interface ICsbEvent
    {
        /// <summary>The kind and declared names of the event type.</summary>
        CsbEventInfo EventInfo { get; }

        /// <summary>Writes the Segment-spec message: <c>type</c>, ids, names, header and traits or properties.</summary>
        /// <param name="writer">The writer; the message is written as one JSON object.</param>
        /// <param name="header">The message id and timestamp.</param>
        void WriteSegmentMessage(Utf8JsonWriter writer, in CsbMessageHeader header);

        /// <summary>
        /// Writes the flat body of the CustomerSuccessBox server API request for this event: <c>/user</c>,
        /// <c>/account</c> or <c>/feature</c>.
        /// </summary>
        /// <param name="writer">The writer; the body is written as one JSON object.</param>
        /// <param name="header">The message id and timestamp; the feature body carries the timestamp.</param>
        void WriteCustomerSuccessBoxBody(Utf8JsonWriter writer, in CsbMessageHeader header);
    }
}
