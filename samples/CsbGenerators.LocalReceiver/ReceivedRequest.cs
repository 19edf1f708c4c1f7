using System;

namespace CsbGenerators.LocalReceiver;

/// <summary>
/// One HTTP request as the receiver saw it, including rejected, faulted and unknown-path requests.
/// </summary>
/// <param name="Method">HTTP method.</param>
/// <param name="Path">Request path without the query string.</param>
/// <param name="Authorization">
/// The Authorization scheme followed by <c>" [redacted]"</c> (for example <c>"Basic [redacted]"</c>),
/// <c>"[redacted]"</c> for a header whose first word is not a scheme of ASCII letters, or
/// <see langword="null"/> when the header is absent.
/// The credentials themselves are never stored.
/// </param>
/// <param name="ContentType">Content-Type header, or <see langword="null"/> when absent.</param>
/// <param name="Body">Request body decoded as UTF-8, unchanged (a <c>writeKey</c> field stays in it).</param>
/// <param name="StatusCode">
/// Status code sent back, or 0 when no response was sent: a <see cref="ResetAfterBodyFault"/>, or a
/// client that disconnected first.
/// </param>
/// <param name="ResponseBody">Response body sent back, or empty when no response was sent.</param>
/// <param name="ReceivedAt">Arrival time from the system clock, not from <see cref="LocalReceiverOptions.UtcNow"/>.</param>
public sealed record ReceivedRequest(
    string Method,
    string Path,
    string? Authorization,
    string? ContentType,
    string Body,
    int StatusCode,
    string ResponseBody,
    DateTimeOffset ReceivedAt);
