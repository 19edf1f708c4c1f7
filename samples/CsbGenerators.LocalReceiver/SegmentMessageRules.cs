using System.Collections.Generic;
using System.Text.Json;

namespace CsbGenerators.LocalReceiver;

/// <summary>
/// Rules for one item of a Segment batch. The real service accepts the request and drops a bad
/// item later, so a failure here rejects the item, not the request.
/// </summary>
internal static class SegmentMessageRules
{
    /// <summary>Messages with a <c>messageId</c> of this length or longer are rejected.</summary>
    public const int MessageIdLengthLimit = 100;

    /// <summary>Returns every rule that <paramref name="message"/> fails, in a fixed order.</summary>
    public static IReadOnlyList<string> Check(JsonElement message)
    {
        var failures = new List<string>();
        if (message.ValueKind != JsonValueKind.Object)
        {
            failures.Add("message must be a JSON object");
            return failures;
        }

        string? type = JsonMembers.GetStringOrNull(message, "type");
        if (type is not ("identify" or "track" or "group" or "page"))
        {
            failures.Add("type must be identify, track, group or page");
        }

        CheckMessageId(message, failures);
        CheckUserIds(message, failures);
        CheckTypeFields(message, type, failures);
        CheckTimestamp(message, failures);
        CheckCsbIds(message, type, failures);
        return failures;
    }

    private static void CheckMessageId(JsonElement message, List<string> failures)
    {
        if (!message.TryGetProperty("messageId", out JsonElement messageId) || !JsonMembers.IsNonBlankString(messageId))
        {
            failures.Add("messageId must be a non-blank string");
            return;
        }

        int length = messageId.GetString()!.Length;
        if (length >= MessageIdLengthLimit)
        {
            failures.Add($"messageId must be fewer than {MessageIdLengthLimit} characters, but has {length}");
        }
    }

    private static void CheckUserIds(JsonElement message, List<string> failures)
    {
        if (!JsonMembers.HasNonBlankString(message, "userId") && !JsonMembers.HasNonBlankString(message, "anonymousId"))
        {
            failures.Add("userId or anonymousId must be a non-blank string");
        }
    }

    private static void CheckTypeFields(JsonElement message, string? type, List<string> failures)
    {
        if (type == "track" && !JsonMembers.HasNonBlankString(message, "event"))
        {
            failures.Add("event must be a non-blank string in a track call");
        }

        if (type == "group" && !JsonMembers.HasNonBlankString(message, "groupId"))
        {
            failures.Add("groupId must be a non-blank string in a group call");
        }
    }

    private static void CheckTimestamp(JsonElement message, List<string> failures)
    {
        if (message.TryGetProperty("timestamp", out JsonElement timestamp)
            && !JsonMembers.TryGetUtcTimestamp(timestamp, out _))
        {
            failures.Add("timestamp must be an ISO-8601 date-time string");
        }
    }

    /// <summary>
    /// Checks the ids that CustomerSuccessBox reads: identify and group carry them in
    /// <c>traits</c>, track and page in <c>properties</c>. Every type needs <c>account_id</c>,
    /// and every type except group needs <c>user_id</c>.
    /// </summary>
    private static void CheckCsbIds(JsonElement message, string? type, List<string> failures)
    {
        string? container = type switch
        {
            "identify" or "group" => "traits",
            "track" or "page" => "properties",
            _ => null,
        };
        if (container is null)
        {
            return;
        }

        message.TryGetProperty(container, out JsonElement ids);
        if (!JsonMembers.HasNonBlankString(ids, "account_id"))
        {
            failures.Add($"{container}.account_id must be a non-blank string");
        }

        if (type != "group" && !JsonMembers.HasNonBlankString(ids, "user_id"))
        {
            failures.Add($"{container}.user_id must be a non-blank string");
        }
    }
}
