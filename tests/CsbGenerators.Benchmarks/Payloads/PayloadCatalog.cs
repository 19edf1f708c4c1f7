using System;
using System.Collections.Generic;

namespace CsbGenerators.Benchmarks.Payloads;

public enum PayloadKind
{
    Identify,
    Track,
    Group,
    Page,
    Track20Members,
}

/// <summary>The benchmark payloads: the four example calls and the 20-member track event, with a fixed header.</summary>
public static class PayloadCatalog
{
    public const string AccountId = "12345678";
    public const string UserId = "john.doe@company.com";

    /// <summary>A fixed message id and timestamp, so every serializer writes the same bytes on every run.</summary>
    public static readonly CsbMessageHeader Header = new(
        Guid.Parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301"),
        new DateTimeOffset(2026, 12, 4, 10, 11, 12, 345, TimeSpan.Zero));

    public static IReadOnlyList<PayloadKind> Kinds { get; } = Enum.GetValues<PayloadKind>();

    public static Payload Create(PayloadKind kind) => kind switch
    {
        PayloadKind.Identify => new Payload<UserIdentified, IdentifyTraits>(kind, Identify(), EnvelopeMapping.ToEnvelope, DictionaryMapping.ToDictionary, BaselineJsonContext.Default.SegmentEnvelopeIdentifyTraits),
        PayloadKind.Track => new Payload<OrderReceived, OrderProperties>(kind, Track(), EnvelopeMapping.ToEnvelope, DictionaryMapping.ToDictionary, BaselineJsonContext.Default.SegmentEnvelopeOrderProperties),
        PayloadKind.Group => new Payload<AccountUpdated, AccountTraits>(kind, Group(), EnvelopeMapping.ToEnvelope, DictionaryMapping.ToDictionary, BaselineJsonContext.Default.SegmentEnvelopeAccountTraits),
        PayloadKind.Page => new Payload<OrdersPageViewed, PageProperties>(kind, Page(), EnvelopeMapping.ToEnvelope, DictionaryMapping.ToDictionary, BaselineJsonContext.Default.SegmentEnvelopePageProperties),
        PayloadKind.Track20Members => new Payload<CheckoutCompleted, CheckoutProperties>(kind, Checkout(), EnvelopeMapping.ToEnvelope, DictionaryMapping.ToDictionary, BaselineJsonContext.Default.SegmentEnvelopeCheckoutProperties),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a payload kind."),
    };

    public static UserIdentified Identify() => new() { AccountId = AccountId, UserId = UserId };

    public static OrderReceived Track() => new() { AccountId = AccountId, UserId = UserId, Cost = "$120.00" };

    public static AccountUpdated Group() => new() { AccountId = AccountId, Name = "ABC Group" };

    public static OrdersPageViewed Page() => new() { AccountId = AccountId, UserId = UserId, Title = "My Orders" };

    /// <summary>
    /// The 20-member event. Two members are null and left out; the numbers have fractions or sizes that every
    /// baseline formats alike, and the strings need no escaping.
    /// </summary>
    public static CheckoutCompleted Checkout() => new()
    {
        AccountId = AccountId,
        UserId = UserId,
        OrderId = Guid.Parse("9b2d6f7e-1c3a-4e5b-8f90-a1b2c3d4e5f6"),
        Plan = PlanTier.ProTrial,
        Seats = 25,
        StorageBytes = 53_687_091_200,
        LoginCount = 4_096,
        LifetimeEvents = 18_446_744_073_709,
        Region = -3,
        Priority = 7,
        Score = 0.75f,
        Revenue = 1234.5,
        Price = 19.99m,
        IsTrial = true,
        PlacedAt = new DateTime(2026, 12, 4, 10, 11, 12, 345, DateTimeKind.Utc),
        RenewsAt = new DateTimeOffset(2027, 1, 4, 12, 0, 0, TimeSpan.FromHours(2)),
        Coupon = "WINTER25",
        Referrer = null,
        Discount = 15,
        CancelledAt = null,
    };
}
