namespace CsbGenerators.Tests.Events;

// The four example calls of the CustomerSuccessBox destination.

[CsbIdentify]
public partial class ExampleIdentify
{
    public string? AccountId { get; set; }

    public string? UserId { get; set; }
}

[CsbTrack("Order Received", Product = "Shop", Module = "Orders")]
public partial class ExampleTrack
{
    public string? AccountId { get; set; }

    public string? UserId { get; set; }

    public string? Cost { get; set; }
}

[CsbAccount]
public partial class ExampleGroup
{
    public string? AccountId { get; set; }

    public string? Name { get; set; }
}

[CsbPage("orders")]
public partial class ExamplePage
{
    public string? AccountId { get; set; }

    public string? UserId { get; set; }

    public string? Title { get; set; }
}

internal static class Examples
{
    public const string AccountId = "12345678";
    public const string UserId = "john.doe@company.com";

    public static ExampleIdentify Identify() => new() { AccountId = AccountId, UserId = UserId };

    public static ExampleTrack Track() => new() { AccountId = AccountId, UserId = UserId, Cost = "$120.00" };

    public static ExampleGroup Group() => new() { AccountId = AccountId, Name = "ABC Group" };

    public static ExamplePage Page() => new() { AccountId = AccountId, UserId = UserId, Title = "My Orders" };
}
