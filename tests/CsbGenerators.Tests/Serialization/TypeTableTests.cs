using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsbGenerators.Tests.Events;
using CsbGenerators.Tests.Events.Generic;
using Xunit;

namespace CsbGenerators.Tests.Serialization;

/// <summary>
/// The exact JSON of each supported type: these are the examples of the type table in
/// docs/serialization.md, so a change here is a change there.
/// </summary>
public class TypeTableTests
{
    private static ScalarTraits Scalars() => new()
    {
        AccountId = "a1",
        UserId = "u1",
        Active = true,
        Byte = 255,
        SByte = -128,
        Short = -32768,
        UShort = 65535,
        Int = -2147483648,
        UInt = 4294967295,
        Long = -9223372036854775808,
        ULong = 18446744073709551615,
        Letter = 'é',
        Single = 1.1f,
        Double = 0.1,
        Decimal = 120.50m,
        SignedUpAt = new DateTime(2026, 1, 2, 3, 4, 5, 678, DateTimeKind.Utc),
        LastSeenAt = new DateTimeOffset(2026, 1, 2, 5, 4, 5, TimeSpan.FromHours(2)),
        Birthday = new DateOnly(1990, 12, 31),
        Alarm = new TimeOnly(7, 30, 0, 500),
        Duration = new TimeSpan(1, 2, 3, 4),
        Id = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"),
        Homepage = new Uri("https://example.com/a b?q=1"),
        Avatar = new byte[] { 1, 2, 3 },
        Name = "<Zoë & \"co\">",
        Field = 7,
    };

    [Theory]
    [InlineData("active", "true")]
    [InlineData("byte", "255")]
    [InlineData("s_byte", "-128")]
    [InlineData("short", "-32768")]
    [InlineData("u_short", "65535")]
    [InlineData("int", "-2147483648")]
    [InlineData("u_int", "4294967295")]
    [InlineData("long", "-9223372036854775808")]
    [InlineData("u_long", "18446744073709551615")]
    [InlineData("letter", "\"\\u00E9\"")]
    [InlineData("single", "1.1")]
    [InlineData("double", "0.1")]
    [InlineData("decimal", "120.50")]
    [InlineData("signed_up_at", "\"2026-01-02T03:04:05.678Z\"")]
    [InlineData("last_seen_at", "\"2026-01-02T03:04:05Z\"")]
    [InlineData("birthday", "\"1990-12-31\"")]
    [InlineData("alarm", "\"07:30:00.5000000\"")]
    [InlineData("duration", "\"1.02:03:04\"")]
    [InlineData("id", "\"0f8fad5b-d9cb-469f-a165-70867728950e\"")]
    [InlineData("homepage", "\"https://example.com/a b?q=1\"")]
    [InlineData("avatar", "\"AQID\"")]
    [InlineData("name", "\"\\u003CZo\\u00EB \\u0026 \\u0022co\\u0022\\u003E\"")]
    [InlineData("field", "7")]
    public void Scalar_IsWritten(string jsonName, string expected)
    {
        Assert.Equal(expected, JsonOutput.Member(Scalars(), jsonName));
    }

    [Fact]
    public void NativeIntegers_AreWrittenAsNumbers()
    {
        var traits = new NativeIntegerTraits { AccountId = "a", Signed = -5, Unsigned = 5 };

        Assert.Equal("{\"account_id\":\"a\",\"signed\":-5,\"unsigned\":5}", JsonOutput.Members(traits));
    }

    [Fact]
    public void NullMembers_AreLeftOut()
    {
        var properties = new NullableProperties { AccountId = "a", UserId = "u", Count = 3 };

        Assert.Equal("{\"account_id\":\"a\",\"user_id\":\"u\",\"count\":3,\"cleared\":null,\"cleared_count\":null}", JsonOutput.Members(properties));
    }

    [Theory]
    [InlineData(Tier.ProTrial, "\"pro_trial\"")]
    [InlineData(Tier.EnterpriseXL, "\"enterprise!\"")]
    [InlineData((Tier)42, "42")]
    public void Enum_IsWrittenAsName(Tier tier, string expected)
    {
        var traits = new EnumTraits { AccountId = "a", Tier = tier };

        Assert.Equal(expected, JsonOutput.Member(traits, "tier"));
    }

    [Theory]
    [InlineData(Access.Read | Access.Write, "\"read_write\"")]
    [InlineData(Access.Read | Access.Write | Access.Delete, "\"read_write, delete\"")]
    [InlineData(Access.Read | Access.Admin, "\"read, ADMIN\"")]
    [InlineData(Access.None, "\"none\"")]
    [InlineData((Access)16, "16")]
    public void FlagsEnum_IsWrittenAsNames(Access access, string expected)
    {
        var traits = new EnumTraits { AccountId = "a", Access = access };

        Assert.Equal(expected, JsonOutput.Member(traits, "access"));
    }

    [Fact]
    public void Collections_AreWrittenAsArrays()
    {
        var properties = new CollectionProperties
        {
            AccountId = "a",
            UserId = "u",
            Numbers = new[] { 1, 2 },
            Words = new[] { "x", null },
            Sequence = new long[] { 3, 4 },
            Ids = ImmutableArray<Guid>.Empty,
            Grid = new List<List<int?>> { new() { 1, null } },
            Tags = new Tags { "vip" },
            SmallNumbers = ImmutableList.Create<byte>(1, 2),
        };

        Assert.Equal(
            "{\"account_id\":\"a\",\"user_id\":\"u\",\"numbers\":[1,2],\"words\":[\"x\",null],\"sequence\":[3,4],\"ids\":[],\"grid\":[[1,null]],\"tags\":[\"vip\"],\"small_numbers\":[1,2]}",
            JsonOutput.Members(properties));
    }

    [Fact]
    public void Dictionaries_KeepKeysAsGiven()
    {
        var traits = new DictionaryTraits
        {
            AccountId = "a",
            UserId = "u",
            Counts = new Dictionary<string, int> { ["Logins Last Week"] = 3 },
            Labels = new Dictionary<string, string?> { ["camelCase"] = null },
        };

        Assert.Equal(
            "{\"account_id\":\"a\",\"user_id\":\"u\",\"counts\":{\"Logins Last Week\":3},\"labels\":{\"camelCase\":null}}",
            JsonOutput.Members(traits));
    }

    [Fact]
    public void NestedObjects_UseSnakeCaseNames()
    {
        var properties = new NestedObjectProperties
        {
            AccountId = "a",
            UserId = "u",
            Billing = new Address { Street = "Main St", Location = new Geo { Lat = 1.5, Lon = -2 }, ZipCode = "12345", Internal = "hidden" },
            Lines = new[] { new Line("sku-1", 9.99m, 2, Tier.Free) },
            Total = new Money(19.98m, "EUR"),
            Shape = new Circle { Name = "c", Radius = 2 },
        };

        Assert.Equal(
            "{\"account_id\":\"a\",\"user_id\":\"u\","
            + "\"billing\":{\"street\":\"Main St\",\"location\":{\"lat\":1.5,\"lon\":-2},\"zip-code\":\"12345\"},"
            + "\"lines\":[{\"sku\":\"sku-1\",\"price\":9.99,\"quantity\":2,\"tier\":\"free\"}],"
            + "\"total\":{\"amount\":19.98,\"currency\":\"EUR\"},"
            + "\"shape\":{\"name\":\"c\",\"area\":12},"
            + "\"center\":{\"lat\":0,\"lon\":0}}",
            JsonOutput.Members(properties));
    }

    [Fact]
    public void FreeFormValues_AreWrittenByRuntimeType()
    {
        var properties = new FreeFormProperties
        {
            AccountId = "a",
            UserId = "u",
            Anything = 42,
            Traits = new Dictionary<string, object?>
            {
                ["plan"] = Color.DarkGreen,
                ["style"] = Style.Bold | Style.Italic,
                ["seats"] = 5L,
                ["trial"] = false,
                ["renewed"] = new DateTime(2026, 1, 2, 0, 0, 0, DateTimeKind.Utc),
                ["tags"] = new List<string> { "a", "b" },
                ["limits"] = new Dictionary<string, int> { ["users"] = 10 },
                ["none"] = null,
            },
        };

        Assert.Equal(
            "{\"account_id\":\"a\",\"user_id\":\"u\",\"anything\":42,\"traits\":{\"plan\":\"dark_green\",\"style\":\"bold, italic\",\"seats\":5,\"trial\":false,"
            + "\"renewed\":\"2026-01-02T00:00:00Z\",\"tags\":[\"a\",\"b\"],\"limits\":{\"users\":10},\"none\":null}}",
            JsonOutput.Members(properties));
    }

    [Fact]
    public void JsonValues_AreWrittenAsTheyAre()
    {
        var traits = new JsonValueTraits
        {
            AccountId = "a",
            Element = JsonDocument.Parse("{\"b\": [1, 2.50]}").RootElement,
            MaybeElement = JsonDocument.Parse("null").RootElement,
            Node = JsonNode.Parse("\"x\""),
        };

        Assert.Equal("{\"account_id\":\"a\",\"element\":{\"b\":[1,2.50]},\"maybe_element\":null,\"node\":\"x\"}", JsonOutput.Members(traits));
    }

    [Fact]
    public void PositionalRecord_UsesParameterAttributes()
    {
        var identify = new PositionalIdentify("a", "u", "jo@example.com", "secret", 30, Tier.Free);

        Assert.Equal("{\"account_id\":\"a\",\"user_id\":\"u\",\"e-mail\":\"jo@example.com\",\"age\":30,\"tier\":\"free\"}", JsonOutput.Members(identify));
    }

    [Fact]
    public void DerivedType_WritesBaseMembersOnce()
    {
        var account = new DerivedAccount { AccountId = "a", Name = "Acme", Region = "EU", Seats = 3, Plan = "pro", Secret = "s" };

        Assert.Equal(
            "{\"account_id\":\"a\",\"seats\":3,\"summary\":\"Acme (3)\",\"name\":\"Acme\",\"region\":\"EU\",\"plan\":\"pro\"}",
            JsonOutput.Members(account));
    }

    [Fact]
    public void EventInGenericType_WritesNestedTypes()
    {
        var viewed = new Container<int>.Viewed
        {
            AccountId = "a",
            UserId = "u",
            Widget = new Container<int>.Widget { Title = "t", Points = new() { new Pair<string, double>("p", 0.5) } },
        };

        Assert.Equal("{\"account_id\":\"a\",\"user_id\":\"u\",\"widget\":{\"title\":\"t\",\"points\":[{\"first\":\"p\",\"second\":0.5}]}}", JsonOutput.Members(viewed));
    }
}
