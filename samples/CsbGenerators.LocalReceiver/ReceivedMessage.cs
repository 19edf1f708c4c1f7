namespace CsbGenerators.LocalReceiver;

/// <summary>
/// One message and the receiver's verdict on it: a Segment batch item, or the body of one
/// authorized CustomerSuccessBox request.
/// </summary>
/// <param name="Route"><c>"segment"</c> or <c>"csb"</c>.</param>
/// <param name="Path">Request path the message came on.</param>
/// <param name="Type">
/// <c>identify</c>, <c>track</c>, <c>group</c> or <c>page</c> on the Segment route (the item's
/// <c>type</c> string as sent, or <see langword="null"/> when it is not a string), and <c>user</c>,
/// <c>account</c> or <c>feature</c> on the CustomerSuccessBox route.
/// </param>
/// <param name="MessageId">The item's <c>messageId</c> when it is a JSON string. Always <see langword="null"/> on the CustomerSuccessBox route, which has no message ids.</param>
/// <param name="Json">Raw JSON text of the item or the request body.</param>
/// <param name="Accepted"><see langword="true"/> when every rule passed and the message is no duplicate.</param>
/// <param name="RejectionReason">Every failed rule, joined by <c>"; "</c>, or <see langword="null"/> when accepted.</param>
/// <param name="Duplicate"><see langword="true"/> when an earlier Segment message had the same <c>messageId</c>. Such a message is never accepted.</param>
public sealed record ReceivedMessage(
    string Route,
    string Path,
    string? Type,
    string? MessageId,
    string Json,
    bool Accepted,
    string? RejectionReason,
    bool Duplicate);
