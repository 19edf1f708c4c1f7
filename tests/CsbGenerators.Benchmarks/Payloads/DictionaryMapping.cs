using System.Collections.Generic;

namespace CsbGenerators.Benchmarks.Payloads;

/// <summary>
/// Builds each message as nested <c>Dictionary&lt;string, object&gt;</c> instances, the way dictionary-based
/// analytics clients hold events: value types are boxed and null members are not added.
/// </summary>
public static class DictionaryMapping
{
    /// <summary>The constant <c>context</c> object, shared by every message.</summary>
    private static readonly Dictionary<string, object> LibraryContext = new()
    {
        ["library"] = new Dictionary<string, object> { ["name"] = "CsbGenerators", ["version"] = BaselineSettings.LibraryVersion() },
    };

    public static Dictionary<string, object> ToDictionary(UserIdentified e, CsbMessageHeader header)
    {
        var traits = new Dictionary<string, object>();
        AddIfNotNull(traits, "account_id", e.AccountId);
        AddIfNotNull(traits, "user_id", e.UserId);
        return Message("identify", null, null, e.UserId, header, "traits", traits);
    }

    public static Dictionary<string, object> ToDictionary(OrderReceived e, CsbMessageHeader header)
    {
        var properties = new Dictionary<string, object>();
        AddIfNotNull(properties, "account_id", e.AccountId);
        AddIfNotNull(properties, "user_id", e.UserId);
        AddIfNotNull(properties, "cost", e.Cost);
        properties["product_id"] = "Shop";
        properties["module_id"] = "Orders";
        return Message("track", "event", "Order Received", e.UserId, header, "properties", properties);
    }

    public static Dictionary<string, object> ToDictionary(AccountUpdated e, CsbMessageHeader header)
    {
        var traits = new Dictionary<string, object>();
        AddIfNotNull(traits, "account_id", e.AccountId);
        AddIfNotNull(traits, "name", e.Name);
        var message = new Dictionary<string, object> { ["type"] = "group" };
        AddIfNotNull(message, "anonymousId", e.AccountId);
        AddIfNotNull(message, "groupId", e.AccountId);
        AddHeader(message, header);
        message["traits"] = traits;
        return message;
    }

    public static Dictionary<string, object> ToDictionary(OrdersPageViewed e, CsbMessageHeader header)
    {
        var properties = new Dictionary<string, object>();
        AddIfNotNull(properties, "account_id", e.AccountId);
        AddIfNotNull(properties, "user_id", e.UserId);
        AddIfNotNull(properties, "title", e.Title);
        return Message("page", "name", "orders", e.UserId, header, "properties", properties);
    }

    public static Dictionary<string, object> ToDictionary(CheckoutCompleted e, CsbMessageHeader header)
    {
        var properties = new Dictionary<string, object>();
        AddIfNotNull(properties, "account_id", e.AccountId);
        AddIfNotNull(properties, "user_id", e.UserId);
        properties["order_id"] = e.OrderId;
        properties["plan"] = e.Plan;
        properties["seats"] = e.Seats;
        properties["storage_bytes"] = e.StorageBytes;
        properties["login_count"] = e.LoginCount;
        properties["lifetime_events"] = e.LifetimeEvents;
        properties["region"] = e.Region;
        properties["priority"] = e.Priority;
        properties["score"] = e.Score;
        properties["revenue"] = e.Revenue;
        properties["price"] = e.Price;
        properties["is_trial"] = e.IsTrial;
        properties["placed_at"] = e.PlacedAt.ToUniversalTime();
        properties["renews_at"] = e.RenewsAt.UtcDateTime;
        AddIfNotNull(properties, "coupon", e.Coupon);
        AddIfNotNull(properties, "referrer", e.Referrer);
        AddIfNotNull(properties, "discount", e.Discount);
        AddIfNotNull(properties, "cancelled_at", e.CancelledAt?.ToUniversalTime());
        properties["product_id"] = "Shop";
        properties["module_id"] = "Checkout";
        return Message("track", "event", "Checkout Completed", e.UserId, header, "properties", properties);
    }

    private static Dictionary<string, object> Message(string type, string? nameKey, string? name, string? userId, CsbMessageHeader header, string membersKey, Dictionary<string, object> members)
    {
        var message = new Dictionary<string, object> { ["type"] = type };
        if (nameKey is not null)
        {
            AddIfNotNull(message, nameKey, name);
        }

        AddIfNotNull(message, "userId", userId);
        AddHeader(message, header);
        message[membersKey] = members;
        return message;
    }

    private static void AddHeader(Dictionary<string, object> message, CsbMessageHeader header)
    {
        message["messageId"] = header.MessageId;
        message["timestamp"] = header.Timestamp.UtcDateTime;
        message["context"] = LibraryContext;
    }

    private static void AddIfNotNull(Dictionary<string, object> target, string key, object? value)
    {
        if (value is not null)
        {
            target[key] = value;
        }
    }
}
