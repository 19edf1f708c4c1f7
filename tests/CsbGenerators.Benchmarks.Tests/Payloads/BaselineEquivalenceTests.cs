using System.Linq;
using CsbGenerators.Benchmarks.Payloads;
using Xunit;

namespace CsbGenerators.Benchmarks.Tests.Payloads;

/// <summary>Every baseline writes the same JSON as the generated serializer, so the benchmarks compare equal work.</summary>
public class BaselineEquivalenceTests
{
    public static TheoryData<PayloadKind> Kinds => new(PayloadCatalog.Kinds);

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Baselines_WriteGeneratedJson(PayloadKind kind)
    {
        var results = BaselineEquivalence.WriteAll(PayloadCatalog.Create(kind));
        var expected = results[BaselineEquivalence.Generated];

        Assert.Equal(5, results.Count);
        foreach (var (name, json) in results)
        {
            Assert.True(expected == json, $"{name} differs for {kind}.\nGenerated: {expected}\n{name}: {json}");
        }
    }

    [Fact]
    public void Track_WritesExampleMessage()
    {
        var json = BaselineEquivalence.WriteAll(PayloadCatalog.Create(PayloadKind.Track))[BaselineEquivalence.Generated];

        Assert.Equal(
            "{\"type\":\"track\",\"event\":\"Order Received\",\"userId\":\"john.doe@company.com\","
            + "\"messageId\":\"3f2504e0-4f89-11d3-9a0c-0305e82c3301\",\"timestamp\":\"2026-12-04T10:11:12.345Z\","
            + "\"context\":{\"library\":{\"name\":\"CsbGenerators\",\"version\":\"" + BaselineSettings.LibraryVersion() + "\"}},"
            + "\"properties\":{\"account_id\":\"12345678\",\"user_id\":\"john.doe@company.com\",\"cost\":\"$120.00\",\"product_id\":\"Shop\",\"module_id\":\"Orders\"}}",
            json);
    }

    [Fact]
    public void Track20Members_WritesEighteenMembers()
    {
        var json = BaselineEquivalence.WriteAll(PayloadCatalog.Create(PayloadKind.Track20Members))[BaselineEquivalence.Generated];
        using var document = System.Text.Json.JsonDocument.Parse(json);

        var properties = document.RootElement.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToList();

        // 20 members, two of them null and left out, then product_id and module_id from the attribute.
        Assert.Equal(20, properties.Count);
        Assert.DoesNotContain("referrer", properties);
        Assert.DoesNotContain("cancelled_at", properties);
        Assert.Equal("pro_trial", document.RootElement.GetProperty("properties").GetProperty("plan").GetString());
        Assert.Equal("2027-01-04T10:00:00Z", document.RootElement.GetProperty("properties").GetProperty("renews_at").GetString());
    }
}
