using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CsbGenerators.LocalReceiver.Tests;

/// <summary>Valid messages and bodies that tests change one member at a time.</summary>
internal static class Payloads
{
    public const string Timestamp = "2026-03-10T12:00:00.000Z";

    /// <summary>Writes non-ASCII characters as UTF-8, not as \u escapes, so byte counts match the text.</summary>
    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static int s_nextMessageId;

    /// <summary>Returns the compact JSON text of <paramref name="node"/>.</summary>
    public static string ToJson(JsonNode node) => node.ToJsonString(JsonOptions);

    /// <summary>Returns a message id that no other test message uses.</summary>
    public static string NewMessageId() => "msg-" + System.Threading.Interlocked.Increment(ref s_nextMessageId).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static JsonObject Identify() => new()
    {
        ["type"] = "identify",
        ["messageId"] = NewMessageId(),
        ["userId"] = "user-1",
        ["timestamp"] = Timestamp,
        ["traits"] = new JsonObject { ["account_id"] = "account-1", ["user_id"] = "user-1", ["email"] = "ada@example.com" },
    };

    public static JsonObject Track() => new()
    {
        ["type"] = "track",
        ["event"] = "Report Created",
        ["messageId"] = NewMessageId(),
        ["userId"] = "user-1",
        ["timestamp"] = Timestamp,
        ["properties"] = new JsonObject { ["account_id"] = "account-1", ["user_id"] = "user-1", ["product_id"] = "Analytics", ["module_id"] = "Reports" },
    };

    public static JsonObject Group() => new()
    {
        ["type"] = "group",
        ["groupId"] = "account-1",
        ["messageId"] = NewMessageId(),
        ["anonymousId"] = "account-1",
        ["timestamp"] = Timestamp,
        ["traits"] = new JsonObject { ["account_id"] = "account-1", ["name"] = "Acme" },
    };

    public static JsonObject Page() => new()
    {
        ["type"] = "page",
        ["name"] = "orders",
        ["messageId"] = NewMessageId(),
        ["userId"] = "user-1",
        ["timestamp"] = Timestamp,
        ["properties"] = new JsonObject { ["account_id"] = "account-1", ["user_id"] = "user-1", ["path"] = "/orders" },
    };

    /// <summary>Returns <c>{"batch":[…],"sentAt":…}</c>.</summary>
    public static string Batch(params JsonNode[] messages)
    {
        var batch = new JsonArray(messages.Select(message => (JsonNode?)message.DeepClone()).ToArray());
        return ToJson(new JsonObject { ["batch"] = batch, ["sentAt"] = Timestamp });
    }

    public static JsonObject CsbUser() => new()
    {
        ["account_id"] = "account-1",
        ["user_id"] = "user-1",
        ["email"] = "ada@example.com",
    };

    public static JsonObject CsbAccount() => new()
    {
        ["account_id"] = "account-1",
        ["name"] = "Acme",
    };

    /// <summary>Returns a valid feature body whose timestamp is <paramref name="timestamp"/>.</summary>
    public static JsonObject CsbFeature(string timestamp) => new()
    {
        ["account_id"] = "account-1",
        ["user_id"] = "user-1",
        ["product_id"] = "Analytics",
        ["module_id"] = "Reports",
        ["feature_id"] = "Report Created",
        ["total"] = 3,
        ["type"] = "feature",
        ["timestamp"] = timestamp,
    };
}
