using System;
using System.Text.Json;

namespace CsbGenerators.LocalReceiver;

/// <summary>Reads members of a parsed JSON object for the validation rules.</summary>
internal static class JsonMembers
{
    /// <summary>Returns whether <paramref name="element"/> is a JSON string that is not empty or whitespace.</summary>
    public static bool IsNonBlankString(JsonElement element)
    {
        return element.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(element.GetString());
    }

    /// <summary>Returns whether the object has a member <paramref name="name"/> that is a non-blank string.</summary>
    public static bool HasNonBlankString(JsonElement obj, string name)
    {
        return obj.ValueKind == JsonValueKind.Object
            && obj.TryGetProperty(name, out JsonElement member)
            && IsNonBlankString(member);
    }

    /// <summary>Returns the member's string value, or <see langword="null"/> when it is absent or not a string.</summary>
    public static string? GetStringOrNull(JsonElement obj, string name)
    {
        if (obj.ValueKind == JsonValueKind.Object
            && obj.TryGetProperty(name, out JsonElement member)
            && member.ValueKind == JsonValueKind.String)
        {
            return member.GetString();
        }

        return null;
    }

    /// <summary>
    /// Reads an ISO-8601 date-time string (the extended profile that System.Text.Json parses, such
    /// as <c>2024-05-01T10:00:00.000Z</c> or <c>2024-05-01</c>) as a UTC instant. A value without a
    /// UTC designator or offset is taken as UTC, so the result does not depend on the machine's
    /// time zone.
    /// </summary>
    public static bool TryGetUtcTimestamp(JsonElement element, out DateTimeOffset utc)
    {
        utc = default;
        if (element.ValueKind != JsonValueKind.String
            || !element.TryGetDateTimeOffset(out DateTimeOffset withOffset)
            || !element.TryGetDateTime(out DateTime dateTime))
        {
            return false;
        }

        utc = dateTime.Kind == DateTimeKind.Unspecified
            ? new DateTimeOffset(dateTime, TimeSpan.Zero)
            : withOffset.ToUniversalTime();
        return true;
    }
}
