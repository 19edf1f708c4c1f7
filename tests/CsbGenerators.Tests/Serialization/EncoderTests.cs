using System.Collections.Generic;
using System.Text.Json;
using CsbGenerators.Tests.Events;
using Xunit;

namespace CsbGenerators.Tests.Serialization;

/// <summary>
/// Member names, enum names, dictionary keys and values are all escaped by one encoder,
/// <c>JavaScriptEncoder.Default</c>, byte for byte as System.Text.Json writes them by default.
/// </summary>
public class EncoderTests
{
    private const string Text = "<é & \"'+`>";

    private const string Escaped = "\"\\u003C\\u00E9 \\u0026 \\u0022\\u0027\\u002B\\u0060\\u003E\"";

    private static EscapingTraits Traits() => new()
    {
        AccountId = "a",
        Odd = Text,
        Marked = Marked.Odd,
        Keys = new Dictionary<string, string> { [Text] = Text },
    };

    [Fact]
    public void NamesAndValues_AreEscapedAlike()
    {
        var expected = "{\"account_id\":\"a\"," + Escaped + ":" + Escaped + ",\"marked\":" + Escaped + ",\"keys\":{" + Escaped + ":" + Escaped + "}}";

        Assert.Equal(expected, JsonOutput.Members(Traits()));
    }

    [Fact]
    public void Escaping_MatchesSystemTextJsonDefault()
    {
        Assert.Equal(JsonSerializer.Serialize(Traits(), StjReference.Options), JsonOutput.Members(Traits()));
    }

    [Fact]
    public void CustomerSuccessBoxBody_UsesSameEncoder()
    {
        Assert.Equal(JsonOutput.Members(Traits()), JsonOutput.CustomerSuccessBox(Traits()));
    }
}
