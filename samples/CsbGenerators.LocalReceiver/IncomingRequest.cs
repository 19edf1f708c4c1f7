using System;

namespace CsbGenerators.LocalReceiver;

/// <summary>A request whose body has been read, as the endpoints validate it.</summary>
/// <param name="Path">Request path without the query string.</param>
/// <param name="Authorization">Authorization header, unredacted, so it must never be stored or logged.</param>
/// <param name="ContentType">Content-Type header, or <see langword="null"/>.</param>
/// <param name="Body">Request body bytes, UTF-8 as both services expect.</param>
/// <param name="UtcNow">Value of <see cref="LocalReceiverOptions.UtcNow"/> on receipt.</param>
internal sealed record IncomingRequest(
    string Path,
    string? Authorization,
    string? ContentType,
    ReadOnlyMemory<byte> Body,
    DateTimeOffset UtcNow);
