using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace CsbGenerators.Tests.Serialization;

/// <summary>
/// Compares two JSON documents as trees: objects by their property names in any order, arrays in order,
/// strings by their decoded text, and numbers by their exact text, so <c>1.50</c> and <c>1.5</c> differ.
/// </summary>
internal static class JsonTree
{
    /// <summary>Fails with the JSON path of the first difference.</summary>
    public static void AssertEqual(JsonElement expected, JsonElement actual)
    {
        var difference = FindDifference(expected, actual, "$");
        Assert.True(difference is null, difference + "\nexpected: " + expected.GetRawText() + "\nactual:   " + actual.GetRawText());
    }

    private static string? FindDifference(JsonElement expected, JsonElement actual, string path)
    {
        if (expected.ValueKind != actual.ValueKind)
        {
            return $"{path}: expected {expected.ValueKind} {expected.GetRawText()}, was {actual.ValueKind} {actual.GetRawText()}";
        }

        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                return FindObjectDifference(expected, actual, path);
            case JsonValueKind.Array:
                return FindArrayDifference(expected, actual, path);
            case JsonValueKind.String:
                return expected.GetString() == actual.GetString() ? null : $"{path}: expected {expected.GetRawText()}, was {actual.GetRawText()}";
            case JsonValueKind.Number:
                return expected.GetRawText() == actual.GetRawText() ? null : $"{path}: expected {expected.GetRawText()}, was {actual.GetRawText()}";
            default:
                return null;
        }
    }

    private static string? FindObjectDifference(JsonElement expected, JsonElement actual, string path)
    {
        var expectedProperties = Properties(expected, path, out var expectedDuplicate);
        var actualProperties = Properties(actual, path, out var actualDuplicate);
        if (expectedDuplicate is not null || actualDuplicate is not null)
        {
            return expectedDuplicate ?? actualDuplicate;
        }

        var missing = expectedProperties.Keys.Except(actualProperties.Keys).ToList();
        var extra = actualProperties.Keys.Except(expectedProperties.Keys).ToList();
        if (missing.Count > 0 || extra.Count > 0)
        {
            return $"{path}: missing [{string.Join(", ", missing)}], unexpected [{string.Join(", ", extra)}]";
        }

        foreach (var (name, value) in expectedProperties)
        {
            if (FindDifference(value, actualProperties[name], path + "." + name) is { } difference)
            {
                return difference;
            }
        }

        return null;
    }

    private static string? FindArrayDifference(JsonElement expected, JsonElement actual, string path)
    {
        var expectedItems = expected.EnumerateArray().ToList();
        var actualItems = actual.EnumerateArray().ToList();
        if (expectedItems.Count != actualItems.Count)
        {
            return $"{path}: expected {expectedItems.Count} items, was {actualItems.Count}";
        }

        for (var i = 0; i < expectedItems.Count; i++)
        {
            if (FindDifference(expectedItems[i], actualItems[i], $"{path}[{i}]") is { } difference)
            {
                return difference;
            }
        }

        return null;
    }

    private static Dictionary<string, JsonElement> Properties(JsonElement element, string path, out string? duplicate)
    {
        duplicate = null;
        var properties = new Dictionary<string, JsonElement>();
        foreach (var property in element.EnumerateObject())
        {
            if (!properties.TryAdd(property.Name, property.Value))
            {
                duplicate = $"{path}: property {property.Name} appears twice";
            }
        }

        return properties;
    }
}
