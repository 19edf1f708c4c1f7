using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace CsbGenerators.LocalReceiver;

/// <summary>Rules for the body of a CustomerSuccessBox <c>/user</c>, <c>/account</c> or <c>/feature</c> request.</summary>
internal static class CsbMessageRules
{
    /// <summary>The server truncates product, module and feature names after this many characters.</summary>
    public const int MaxNameLength = 64;

    /// <summary>Returns every rule that a <c>/user</c> body fails.</summary>
    public static IReadOnlyList<string> CheckUser(JsonElement body)
    {
        var failures = new List<string>();
        RequireNonBlankString(body, "account_id", failures);
        RequireNonBlankString(body, "user_id", failures);
        return failures;
    }

    /// <summary>Returns every rule that an <c>/account</c> body fails.</summary>
    public static IReadOnlyList<string> CheckAccount(JsonElement body)
    {
        var failures = new List<string>();
        RequireNonBlankString(body, "account_id", failures);
        return failures;
    }

    /// <summary>
    /// Returns every rule that a <c>/feature</c> body fails. The real endpoint returns 200 for a
    /// body that fails them and then does not count the event.
    /// </summary>
    public static IReadOnlyList<string> CheckFeature(JsonElement body, DateTimeOffset utcNow)
    {
        var failures = new List<string>();
        RequireNonBlankString(body, "account_id", failures);
        RequireNonBlankString(body, "user_id", failures);
        foreach (string name in new[] { "product_id", "module_id", "feature_id" })
        {
            if (RequireNonBlankString(body, name, failures))
            {
                int length = body.GetProperty(name).GetString()!.Length;
                if (length > MaxNameLength)
                {
                    failures.Add($"{name} must be at most {MaxNameLength} characters, but has {length}");
                }
            }
        }

        if (body.TryGetProperty("total", out JsonElement total)
            && (total.ValueKind != JsonValueKind.Number || !total.TryGetDouble(out double value) || value < 0))
        {
            failures.Add("total must be a non-negative number");
        }

        if (JsonMembers.GetStringOrNull(body, "type") != "feature")
        {
            failures.Add("type must be \"feature\"");
        }

        CheckFeatureTimestamp(body, utcNow, failures);
        return failures;
    }

    /// <summary>The real endpoint does not count back-dated feature events, so the timestamp's UTC date must be the receipt's UTC date.</summary>
    private static void CheckFeatureTimestamp(JsonElement body, DateTimeOffset utcNow, List<string> failures)
    {
        if (!body.TryGetProperty("timestamp", out JsonElement timestamp))
        {
            failures.Add("timestamp is missing");
            return;
        }

        if (!JsonMembers.TryGetUtcTimestamp(timestamp, out DateTimeOffset eventTime))
        {
            failures.Add("timestamp must be an ISO-8601 date-time string");
            return;
        }

        DateTime eventDate = eventTime.UtcDateTime.Date;
        DateTime receiptDate = utcNow.UtcDateTime.Date;
        if (eventDate != receiptDate)
        {
            failures.Add(string.Format(
                CultureInfo.InvariantCulture,
                "timestamp date {0:yyyy-MM-dd} (UTC) must be the receipt date {1:yyyy-MM-dd} (UTC)",
                eventDate,
                receiptDate));
        }
    }

    private static bool RequireNonBlankString(JsonElement body, string name, List<string> failures)
    {
        if (JsonMembers.HasNonBlankString(body, name))
        {
            return true;
        }

        failures.Add($"{name} must be a non-blank string");
        return false;
    }
}
