using System;

namespace CsbGenerators.LocalReceiver;

/// <summary>
/// Settings of a <see cref="LocalReceiver"/>. The receiver reads the keys and the clock on every
/// request, so a change after start applies to the next request.
/// </summary>
public sealed class LocalReceiverOptions
{
    /// <summary>
    /// Write key of the Segment-compatible route: the HTTP Basic user name (with an empty password)
    /// or the <c>writeKey</c> field of the batch body.
    /// </summary>
    public string WriteKey { get; set; } = "local-write-key";

    /// <summary>
    /// API key of the CustomerSuccessBox route: the Bearer token, or the HTTP Basic user name with an
    /// empty password.
    /// </summary>
    public string ApiKey { get; set; } = "local-api-key";

    /// <summary>TCP port on 127.0.0.1. The default 0 lets the operating system pick a free port.</summary>
    public int Port { get; set; }

    /// <summary>
    /// Clock of the CustomerSuccessBox feature rule: the UTC date of a feature event's
    /// <c>timestamp</c> must equal the UTC date of this value on receipt.
    /// </summary>
    public Func<DateTimeOffset> UtcNow { get; set; } = () => DateTimeOffset.UtcNow;
}
