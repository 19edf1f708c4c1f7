using System;

namespace CsbGenerators.Benchmarks.Payloads;

// The four example calls of the CustomerSuccessBox destination, as in the sample, and one track event
// with 20 members of every kind the generator writes. The generator implements ICsbEvent on each.

[CsbIdentify]
public partial class UserIdentified
{
    public required string AccountId { get; init; }

    public required string UserId { get; init; }
}

[CsbTrack("Order Received", Product = "Shop", Module = "Orders")]
public partial class OrderReceived
{
    public required string AccountId { get; init; }

    public required string UserId { get; init; }

    public string? Cost { get; set; }
}

[CsbAccount]
public partial class AccountUpdated
{
    public required string AccountId { get; init; }

    public string? Name { get; set; }
}

[CsbPage("orders")]
public partial class OrdersPageViewed
{
    public required string AccountId { get; init; }

    public required string UserId { get; init; }

    public string? Title { get; set; }
}

public enum PlanTier
{
    Free,
    ProTrial,
    Enterprise,
}

/// <summary>Twenty members: strings, every integral width, floating point, decimal, dates, a Guid, an enum and nullables.</summary>
[CsbTrack("Checkout Completed", Product = "Shop", Module = "Checkout")]
public partial class CheckoutCompleted
{
    public required string AccountId { get; init; }

    public required string UserId { get; init; }

    public Guid OrderId { get; set; }

    public PlanTier Plan { get; set; }

    public int Seats { get; set; }

    public long StorageBytes { get; set; }

    public uint LoginCount { get; set; }

    public ulong LifetimeEvents { get; set; }

    public short Region { get; set; }

    public byte Priority { get; set; }

    public float Score { get; set; }

    public double Revenue { get; set; }

    public decimal Price { get; set; }

    public bool IsTrial { get; set; }

    public DateTime PlacedAt { get; set; }

    public DateTimeOffset RenewsAt { get; set; }

    public string? Coupon { get; set; }

    public string? Referrer { get; set; }

    public int? Discount { get; set; }

    public DateTime? CancelledAt { get; set; }
}
