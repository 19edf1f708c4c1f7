using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text.Json;
using CsbGenerators.Tests.Events;
using Xunit;

namespace CsbGenerators.Tests.Serialization;

/// <summary>
/// Values that JSON cannot carry are rejected with a <see cref="CsbValidationException"/> that names the
/// event type, the member and where inside the member the value sits, wherever the value is.
/// </summary>
public class RejectionTests
{
    [Fact]
    public void UnpairedSurrogate_InString_IsRejected()
    {
        var traits = Scalars(t => t.Name = "ok\ud800");

        var exception = Reject(traits);

        Assert.Equal("ScalarTraits", exception.EventType);
        Assert.Equal("Name", exception.MemberName);
        Assert.Equal(
            "ScalarTraits.Name is text with an unpaired surrogate U+D800 at index 2, which is invalid UTF-16 and cannot be sent as UTF-8 JSON. Remove the character, or decode the source text with its real encoding.",
            exception.Message);
    }

    /// <summary>
    /// Texts built in code and enumerated only when the test runs: an attribute argument cannot hold an unpaired
    /// surrogate, because metadata stores it as UTF-8, and test discovery passes data through UTF-8 too.
    /// </summary>
    public static TheoryData<string> TextsWithUnpairedSurrogates => new()
    {
        "\ud800",
        "\udc00",
        "a\udc00\ud800b",
        "\ud83d",
        "😀\ude00",
        new string('x', 100) + "\udbff",
    };

    [Theory]
    [MemberData(nameof(TextsWithUnpairedSurrogates), DisableDiscoveryEnumeration = true)]
    public void UnpairedSurrogate_AnywhereInText_IsRejected(string text)
    {
        Reject(Scalars(t => t.Name = text));
    }

    [Fact]
    public void SurrogatePair_IsWritten()
    {
        var traits = Scalars(t => t.Name = "😀");

        Assert.Equal("\"\\uD83D\\uDE00\"", JsonOutput.Member(traits, "name"));
    }

    [Fact]
    public void SurrogateChar_IsRejected()
    {
        var exception = Reject(Scalars(t => t.Letter = '\udfff'));

        Assert.Equal("Letter", exception.MemberName);
        Assert.Contains("U+DFFF", exception.Message);
    }

    [Fact]
    public void UnpairedSurrogate_InUserId_IsRejected()
    {
        var exception = Reject(Scalars(t => t.UserId = "user\ud800"));

        Assert.Equal("UserId", exception.MemberName);
    }

    [Fact]
    public void UnpairedSurrogate_InDictionaryKey_NamesKey()
    {
        var traits = new DictionaryTraits { AccountId = "a", UserId = "u", Counts = new Dictionary<string, int> { ["\ud800"] = 1 } };

        var exception = Reject(traits);

        Assert.Equal("Counts", exception.MemberName);
        Assert.StartsWith("DictionaryTraits.Counts (a key) is text with an unpaired surrogate", exception.Message);
    }

    [Fact]
    public void UnpairedSurrogate_InNestedObject_NamesPath()
    {
        var properties = new NestedObjectProperties
        {
            AccountId = "a",
            UserId = "u",
            Shipping = new List<Address> { new() { Lines = new List<string?> { "ok", "\udc00" } } },
        };

        var exception = Reject(properties);

        Assert.Equal("NestedObjectProperties", exception.EventType);
        Assert.Equal("Shipping", exception.MemberName);
        Assert.StartsWith("NestedObjectProperties.Shipping (an element of Address.Lines) is text with an unpaired surrogate U+DC00", exception.Message);
    }

    [Fact]
    public void UnpairedSurrogate_InFreeFormValue_IsRejected()
    {
        var properties = new FreeFormProperties { AccountId = "a", UserId = "u", Traits = new Dictionary<string, object?> { ["k"] = new object[] { "\ud800" } } };

        var exception = Reject(properties);

        Assert.Equal("Traits", exception.MemberName);
        Assert.StartsWith("FreeFormProperties.Traits (a value) is text with an unpaired surrogate", exception.Message);
    }

    [Theory]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    [InlineData(double.NegativeInfinity, "-Infinity")]
    public void NonFiniteNumber_InNestedStruct_NamesPath(double value, string written)
    {
        var properties = new NestedObjectProperties { AccountId = "a", UserId = "u", Center = new Geo { Lat = value } };

        var exception = Reject(properties);

        Assert.Equal("Center", exception.MemberName);
        Assert.Equal(
            $"NestedObjectProperties.Center (Geo.Lat) is {written}, which JSON cannot carry. Send a finite number, or make the member nullable and leave it null.",
            exception.Message);
    }

    [Fact]
    public void NonFiniteNumber_InCollection_IsRejected()
    {
        var exception = Reject(new CollectionProperties { AccountId = "a", UserId = "u", Scores = new List<double> { 1, float.NaN } });

        Assert.StartsWith("CollectionProperties.Scores (an element) is NaN", exception.Message);
    }

    [Fact]
    public void FreeFormNonFiniteNumber_IsRejected()
    {
        var exception = Reject(new FreeFormProperties { AccountId = "a", UserId = "u", Anything = float.PositiveInfinity });

        Assert.Equal("Anything", exception.MemberName);
        Assert.StartsWith("FreeFormProperties.Anything is Infinity", exception.Message);
    }

    [Fact]
    public void UnspecifiedDateTime_InCollection_IsRejected()
    {
        var traits = new FreeFormProperties { AccountId = "a", UserId = "u", Items = new List<object?> { new DateTime(2026, 1, 2) } };

        var exception = Reject(traits);

        Assert.StartsWith("FreeFormProperties.Items (an element) is a DateTime of kind Unspecified", exception.Message);
    }

    [Fact]
    public void LocalDateTime_IsWrittenInUtc()
    {
        var local = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Local);
        var properties = new NullableProperties { AccountId = "a", UserId = "u", At = local };

        Assert.Equal(JsonSerializer.Serialize(local.ToUniversalTime()), JsonOutput.Member(properties, "at"));
    }

    [Fact]
    public void DefaultImmutableArray_IsRejected()
    {
        var exception = Reject(new CollectionProperties { AccountId = "a", UserId = "u" });

        Assert.Equal("Ids", exception.MemberName);
        Assert.StartsWith("CollectionProperties.Ids is a default ImmutableArray", exception.Message);
    }

    [Fact]
    public void DefaultImmutableArray_InNullable_IsRejected()
    {
        var exception = Reject(new CollectionProperties { AccountId = "a", UserId = "u", Ids = ImmutableArray<Guid>.Empty, MaybeIds = default(ImmutableArray<int>) });

        Assert.Equal("MaybeIds", exception.MemberName);
    }

    [Fact]
    public void DefaultJsonElement_IsRejected()
    {
        var exception = Reject(new JsonValueTraits { AccountId = "a" });

        Assert.Equal("Element", exception.MemberName);
        Assert.StartsWith("JsonValueTraits.Element is a default JsonElement, which contains no JSON value.", exception.Message);
    }

    [Fact]
    public void RejectedEvent_LeavesWriterUsable()
    {
        Reject(Scalars(t => t.Double = double.NaN));

        var written = JsonOutput.Members(Scalars());

        Assert.StartsWith("{\"account_id\":\"a\",\"user_id\":\"u\",", written);
    }

    /// <summary>A valid instance: the default DateTime has kind Unspecified, which is rejected.</summary>
    private static ScalarTraits Scalars(Action<ScalarTraits>? change = null)
    {
        var traits = new ScalarTraits { AccountId = "a", UserId = "u", SignedUpAt = DateTime.UnixEpoch };
        change?.Invoke(traits);
        return traits;
    }

    private static CsbValidationException Reject<TEvent>(TEvent csbEvent)
        where TEvent : ICsbEvent
    {
        var segment = Assert.Throws<CsbValidationException>(() => JsonOutput.Segment(csbEvent));
        var kind = csbEvent.EventInfo.Kind;
        if (kind is CsbEventKind.Identify or CsbEventKind.Group)
        {
            // The CustomerSuccessBox body contains the same members, so it is rejected the same way.
            var body = Assert.Throws<CsbValidationException>(() => JsonOutput.CustomerSuccessBox(csbEvent));
            Assert.Equal(segment.Message, body.Message);
        }

        return segment;
    }
}
