using System;
using System.Collections;
using System.Collections.Generic;
using System.Dynamic;
using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsbGenerators.Tests.Events;
using Xunit;

namespace CsbGenerators.Tests.Serialization;

/// <summary>
/// Free-form (<c>object</c>-typed) values are written by their runtime type exactly as System.Text.Json writes
/// them, and a runtime type without a JSON form is rejected, naming the member and the type.
/// </summary>
public class FreeFormTests
{
    public static TheoryData<string, object> SupportedValues => new()
    {
        { "string", "text <&>" },
        { "bool", true },
        { "char", 'x' },
        { "int", -1 },
        { "long", long.MinValue },
        { "short", (short)-2 },
        { "sbyte", (sbyte)-3 },
        { "byte", (byte)4 },
        { "ushort", (ushort)5 },
        { "uint", uint.MaxValue },
        { "ulong", ulong.MaxValue },
        { "float", 1.1f },
        { "double", 0.1 },
        { "decimal", 1.50m },
        { "Guid", Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e") },
        { "DateTime", new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc) },
        { "DateTimeOffset", new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.FromHours(-5)) },
        { "DateOnly", new DateOnly(2026, 1, 2) },
        { "TimeOnly", new TimeOnly(23, 59, 59, 999) },
        { "TimeSpan", TimeSpan.FromTicks(-1) },
        { "Uri", new Uri("/relative path", UriKind.Relative) },
        { "byte[]", new byte[] { 255, 0 } },
        { "enum", Color.DarkGreen },
        { "flags", Style.Bold | Style.Underline },
        { "undefined flags", (Style)8 },
        { "JsonElement", JsonDocument.Parse("{\"a\":[1,null]}").RootElement },
        { "JsonNode", new JsonArray(1, "two") },
        { "List<int>", new List<int> { 1, 2 } },
        { "object[]", new object?[] { null, "a", 1 } },
        { "HashSet<string>", new HashSet<string> { "only" } },
        { "Dictionary<string, int>", new Dictionary<string, int> { ["Key Name"] = 1 } },
        { "SortedList", new SortedList { ["b"] = 2, ["a"] = 1 } },
    };

    [Theory]
    [MemberData(nameof(SupportedValues))]
    public void SupportedValue_MatchesSystemTextJson(string description, object value)
    {
        var properties = new FreeFormProperties { AccountId = "a", UserId = "u", Anything = value };

        var expected = JsonSerializer.Serialize<object>(value, StjReference.Options);

        Assert.True(expected == JsonOutput.Member(properties, "anything"), $"{description}: expected {expected}, was {JsonOutput.Member(properties, "anything")}");
    }

    [Fact]
    public void ExpandoObject_IsWrittenAsObject()
    {
        dynamic expando = new ExpandoObject();
        expando.Plan = "pro";
        expando.Seats = 3;
        var properties = new FreeFormProperties { AccountId = "a", UserId = "u", Anything = (object)expando };

        Assert.Equal("{\"Plan\":\"pro\",\"Seats\":3}", JsonOutput.Member(properties, "anything"));
    }

    [Fact]
    public void Hashtable_WithStringKeys_IsWrittenAsObject()
    {
        var properties = new FreeFormProperties { AccountId = "a", UserId = "u", Anything = new Hashtable { ["k"] = "v" } };

        Assert.Equal("{\"k\":\"v\"}", JsonOutput.Member(properties, "anything"));
    }

    public static TheoryData<object, string> UnsupportedValues => new()
    {
        { new object(), "System.Object" },
        { new MemoryStream(), "System.IO.MemoryStream" },
        { new Address(), "CsbGenerators.Tests.Events.Address" },
        { new KeyValuePair<string, int>("k", 1), "System.Collections.Generic.KeyValuePair`2[System.String,System.Int32]" },
        { (1, "x"), "System.ValueTuple`2[System.Int32,System.String]" },
    };

    [Theory]
    [MemberData(nameof(UnsupportedValues))]
    public void UnsupportedType_IsRejectedNamingMemberAndType(object value, string typeName)
    {
        var properties = new FreeFormProperties { AccountId = "a", UserId = "u", Items = new List<object?> { 1, value } };

        var exception = Assert.Throws<CsbValidationException>(() => JsonOutput.Segment(properties));

        Assert.Equal("FreeFormProperties", exception.EventType);
        Assert.Equal("Items", exception.MemberName);
        Assert.StartsWith($"FreeFormProperties.Items (an element) contains a value of type {typeName}, which a free-form (object) value cannot carry.", exception.Message);
    }

    [Fact]
    public void NativeInteger_IsWrittenAsNumber()
    {
        var properties = new FreeFormProperties { AccountId = "a", UserId = "u", Anything = (nint)(-7) };

        Assert.Equal("-7", JsonOutput.Member(properties, "anything"));
    }

    [Fact]
    public void NonStringKey_IsRejectedNamingKeyType()
    {
        var properties = new FreeFormProperties { AccountId = "a", UserId = "u", Anything = new Dictionary<int, string> { [1] = "one" } };

        var exception = Assert.Throws<CsbValidationException>(() => JsonOutput.Segment(properties));

        Assert.Equal("Anything", exception.MemberName);
        Assert.StartsWith("FreeFormProperties.Anything contains a dictionary with a key of type System.Int32; JSON object keys are strings.", exception.Message);
    }

    /// <summary>The deepest nesting that System.Text.Json writes is the deepest that the generated code writes.</summary>
    [Theory]
    [InlineData(60)]
    [InlineData(61)]
    [InlineData(62)]
    [InlineData(63)]
    [InlineData(64)]
    public void DepthLimit_MatchesSystemTextJson(int levels)
    {
        var properties = new FreeFormProperties { AccountId = "a", UserId = "u", Anything = Nest(levels, leaf: 1) };

        var referenceWrites = Writes(() => JsonSerializer.Serialize(properties, StjReference.Options));
        var generatedWrites = Writes(() => JsonOutput.Segment(properties));

        Assert.Equal(referenceWrites, generatedWrites);
    }

    [Theory]
    [InlineData(60)]
    [InlineData(61)]
    [InlineData(62)]
    public void DepthLimit_InNestedObject_MatchesSystemTextJson(int levels)
    {
        // billing is on level 2 and its extra on level 3, so the limit comes two levels sooner.
        var properties = new NestedObjectProperties
        {
            AccountId = "a",
            UserId = "u",
            Billing = new Address { Extra = new Dictionary<string, object?> { ["deep"] = Nest(levels - 2, leaf: null) } },
        };

        var referenceWrites = Writes(() => JsonSerializer.Serialize(properties, StjReference.Options));
        var generatedWrites = Writes(() => JsonOutput.Segment(properties));

        Assert.Equal(referenceWrites, generatedWrites);
    }

    [Fact]
    public void DepthLimit_IsRejectedNamingMember()
    {
        var properties = new FreeFormProperties { AccountId = "a", UserId = "u", Traits = new Dictionary<string, object?> { ["deep"] = Nest(70, leaf: 1) } };

        var exception = Assert.Throws<CsbValidationException>(() => JsonOutput.Segment(properties));

        Assert.Equal("Traits", exception.MemberName);
        Assert.StartsWith("FreeFormProperties.Traits (a value) nests deeper than 64 levels, counting the traits or properties object as the first", exception.Message);
    }

    [Fact]
    public void ListContainingItself_IsRejected()
    {
        var items = new List<object?>();
        items.Add(items);
        var properties = new FreeFormProperties { AccountId = "a", UserId = "u", Items = items };

        var exception = Assert.Throws<CsbValidationException>(() => JsonOutput.Segment(properties));

        Assert.Contains("nests deeper than 64 levels", exception.Message);
    }

    private static object? Nest(int levels, object? leaf)
    {
        var value = leaf;
        for (var i = 0; i < levels; i++)
        {
            value = new Dictionary<string, object?> { ["a"] = value };
        }

        return value;
    }

    private static bool Writes(Action write)
    {
        try
        {
            write();
            return true;
        }
        catch (Exception exception) when (exception is JsonException or CsbValidationException)
        {
            return false;
        }
    }
}
