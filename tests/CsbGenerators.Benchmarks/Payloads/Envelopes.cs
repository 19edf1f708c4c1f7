using System;
using System.Text.Json.Serialization;

namespace CsbGenerators.Benchmarks.Payloads;

// Plain types that describe the same Segment-spec message as the generated serializer writes, for the
// baselines that serialize an object graph. The property order is the generated field order; null
// properties are left out by every baseline's settings, so one envelope type fits all four calls.
// Newtonsoft.Json reads the same JsonPropertyName attributes through NewtonsoftSettings.

public sealed class SegmentEnvelope<TMembers>
    where TMembers : class
{
    [JsonPropertyName("type")]
    public string Type { get; set; } = "";

    [JsonPropertyName("event")]
    public string? Event { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("userId")]
    public string? UserId { get; set; }

    [JsonPropertyName("anonymousId")]
    public string? AnonymousId { get; set; }

    [JsonPropertyName("groupId")]
    public string? GroupId { get; set; }

    [JsonPropertyName("messageId")]
    public Guid MessageId { get; set; }

    /// <summary>The header timestamp in UTC; every baseline writes a UTC <see cref="DateTime"/> with a <c>Z</c>.</summary>
    [JsonPropertyName("timestamp")]
    public DateTime Timestamp { get; set; }

    [JsonPropertyName("context")]
    public MessageContext? Context { get; set; }

    [JsonPropertyName("traits")]
    public TMembers? Traits { get; set; }

    [JsonPropertyName("properties")]
    public TMembers? Properties { get; set; }
}

public sealed class MessageContext
{
    [JsonPropertyName("library")]
    public LibraryInfo? Library { get; set; }
}

public sealed class LibraryInfo
{
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("version")]
    public string? Version { get; set; }
}

public sealed class IdentifyTraits
{
    [JsonPropertyName("account_id")]
    public string? AccountId { get; set; }

    [JsonPropertyName("user_id")]
    public string? UserId { get; set; }
}

public sealed class OrderProperties
{
    [JsonPropertyName("account_id")]
    public string? AccountId { get; set; }

    [JsonPropertyName("user_id")]
    public string? UserId { get; set; }

    [JsonPropertyName("cost")]
    public string? Cost { get; set; }

    [JsonPropertyName("product_id")]
    public string? ProductId { get; set; }

    [JsonPropertyName("module_id")]
    public string? ModuleId { get; set; }
}

public sealed class AccountTraits
{
    [JsonPropertyName("account_id")]
    public string? AccountId { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }
}

public sealed class PageProperties
{
    [JsonPropertyName("account_id")]
    public string? AccountId { get; set; }

    [JsonPropertyName("user_id")]
    public string? UserId { get; set; }

    [JsonPropertyName("title")]
    public string? Title { get; set; }
}

public sealed class CheckoutProperties
{
    [JsonPropertyName("account_id")]
    public string? AccountId { get; set; }

    [JsonPropertyName("user_id")]
    public string? UserId { get; set; }

    [JsonPropertyName("order_id")]
    public Guid OrderId { get; set; }

    [JsonPropertyName("plan")]
    public PlanTier Plan { get; set; }

    [JsonPropertyName("seats")]
    public int Seats { get; set; }

    [JsonPropertyName("storage_bytes")]
    public long StorageBytes { get; set; }

    [JsonPropertyName("login_count")]
    public uint LoginCount { get; set; }

    [JsonPropertyName("lifetime_events")]
    public ulong LifetimeEvents { get; set; }

    [JsonPropertyName("region")]
    public short Region { get; set; }

    [JsonPropertyName("priority")]
    public byte Priority { get; set; }

    [JsonPropertyName("score")]
    public float Score { get; set; }

    [JsonPropertyName("revenue")]
    public double Revenue { get; set; }

    [JsonPropertyName("price")]
    public decimal Price { get; set; }

    [JsonPropertyName("is_trial")]
    public bool IsTrial { get; set; }

    [JsonPropertyName("placed_at")]
    public DateTime PlacedAt { get; set; }

    /// <summary>The event's <see cref="DateTimeOffset"/> in UTC, as the generated serializer writes it.</summary>
    [JsonPropertyName("renews_at")]
    public DateTime RenewsAt { get; set; }

    [JsonPropertyName("coupon")]
    public string? Coupon { get; set; }

    [JsonPropertyName("referrer")]
    public string? Referrer { get; set; }

    [JsonPropertyName("discount")]
    public int? Discount { get; set; }

    [JsonPropertyName("cancelled_at")]
    public DateTime? CancelledAt { get; set; }

    [JsonPropertyName("product_id")]
    public string? ProductId { get; set; }

    [JsonPropertyName("module_id")]
    public string? ModuleId { get; set; }
}
