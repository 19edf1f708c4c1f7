using System.Collections.Generic;

namespace CsbGenerators.LocalReceiver;

/// <summary>
/// A message and the rules it failed, before the recorder checks its <c>messageId</c> for
/// duplicates and stores it as a <see cref="ReceivedMessage"/>.
/// </summary>
internal sealed record MessageVerdict(
    string Route,
    string Path,
    string? Type,
    string? MessageId,
    string Json,
    IReadOnlyList<string> Failures);
