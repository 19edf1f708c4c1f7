using CsbGenerators;

namespace Shop.Accounts;

[CsbIdentify]
public partial class SignedUp
{
    public required string AccountId { get; init; }

    public required string UserId { get; init; }

    public string? Plan { get; init; }
}

/// <summary>An internal event type, which the app can use through InternalsVisibleTo.</summary>
[CsbAccount]
internal partial record AccountRenamed(string AccountId, string Name);
