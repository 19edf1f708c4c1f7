using CsbGenerators;

namespace QuickStart;

// The four example calls of the CustomerSuccessBox destination, as event types. The generator
// implements ICsbEvent on each, so CsbClient.SendAsync accepts them.

/// <summary>A user of account 12345678 signed up or changed.</summary>
[CsbIdentify]
public partial class UserIdentified
{
    public required string AccountId { get; init; }

    public required string UserId { get; init; }
}

/// <summary>A user placed an order; CustomerSuccessBox counts it as use of the "Order Received" feature.</summary>
[CsbTrack("Order Received", Product = "Shop", Module = "Orders")]
public partial class OrderReceived
{
    public required string AccountId { get; init; }

    public required string UserId { get; init; }

    public string? Cost { get; init; }
}

/// <summary>An account's traits changed.</summary>
[CsbAccount]
public partial class AccountUpdated
{
    public required string AccountId { get; init; }

    public string? Name { get; init; }
}

/// <summary>A user viewed the orders page.</summary>
[CsbPage("orders")]
public partial class OrdersPageViewed
{
    public required string AccountId { get; init; }

    public required string UserId { get; init; }

    public string? Title { get; init; }
}
