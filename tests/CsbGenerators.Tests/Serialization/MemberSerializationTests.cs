using System;
using CsbGenerators.Tests.Events;
using Xunit;

namespace CsbGenerators.Tests.Serialization;

/// <summary>How each supported member type, id type and declaration form is written.</summary>
public class MemberSerializationTests
{
    private static ScalarIdentify Scalars() => new()
    {
        AccountId = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"),
        UserId = 42,
        Active = true,
        Level = 255,
        Rank = -3,
        Logins = 4000000000,
        Bytes = ulong.MaxValue,
        Score = 1.5,
        Ratio = 0.25f,
        Revenue = 120.50m,
        SignedUpAt = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc),
        LastSeenAt = new DateTimeOffset(2026, 1, 2, 5, 4, 5, TimeSpan.FromHours(2)),
        Plan = Plan.EnterpriseXL,
        PreviousPlan = null,
        InviteId = null,
        Password = "secret",
        Renamed = "x",
    };

    [Fact]
    public void Scalars_AreWrittenInvariantAndIdsAsStrings()
    {
        var expected = "{\"account_id\":\"0f8fad5b-d9cb-469f-a165-70867728950e\",\"user_id\":\"42\",\"active\":true,\"level\":255,\"rank\":-3,"
            + "\"logins\":4000000000,\"bytes\":18446744073709551615,\"score\":1.5,\"ratio\":0.25,\"revenue\":120.50,"
            + "\"signed_up_at\":\"2026-01-02T03:04:05Z\",\"last_seen_at\":\"2026-01-02T03:04:05Z\",\"plan\":\"enterprise_xl\",\"Custom Name\":\"x\"}";

        Assert.Equal(expected, JsonOutput.CustomerSuccessBox(Scalars()));
    }

    [Fact]
    public void NullableEnum_IsSnakeCaseString()
    {
        var value = Scalars() with { PreviousPlan = Plan.ProTrial };

        Assert.Contains("\"previous_plan\":\"pro_trial\"", JsonOutput.CustomerSuccessBox(value));
    }

    [Fact]
    public void UndefinedEnumValue_IsWrittenAsNumber()
    {
        var value = Scalars() with { Plan = (Plan)42 };

        Assert.Contains("\"plan\":42", JsonOutput.CustomerSuccessBox(value));
    }

    [Fact]
    public void NumericAccountId_IsWrittenAsString()
    {
        var account = new NumericAccount { AccountId = 12345678, Seats = 5 };

        Assert.Equal("{\"account_id\":\"12345678\",\"seats\":5}", JsonOutput.CustomerSuccessBox(account));
    }

    [Fact]
    public void NumericAccountId_ZeroIsValid()
    {
        var account = new NumericAccount { AccountId = 0 };

        Assert.Equal("{\"account_id\":\"0\"}", JsonOutput.CustomerSuccessBox(account));
    }

    [Fact]
    public void NestedPositionalRecord_UsesRenamedParameter()
    {
        var identify = new Outer.Middle.NestedIdentify("a1", "u1", "gold");

        Assert.Equal("{\"account_id\":\"a1\",\"user_id\":\"u1\",\"plan\":\"gold\"}", JsonOutput.CustomerSuccessBox(identify));
    }

    [Fact]
    public void GlobalNamespaceType_IsSerialized()
    {
        var track = new GlobalNamespaceEvent { AccountId = "a1", UserId = "u1" };

        Assert.StartsWith("{\"type\":\"track\",\"event\":\"Global Event\",\"userId\":\"u1\",", JsonOutput.Segment(track));
    }

    [Fact]
    public void FeatureTotal_MemberValueIsUsed()
    {
        var feature = new FeatureWithTotal { AccountId = "a", UserId = "u", Total = 7 };

        Assert.Contains("\"total\":7,", JsonOutput.CustomerSuccessBox(feature));
    }

    [Fact]
    public void FeatureTotal_NullCountsOne()
    {
        var feature = new FeatureWithTotal { AccountId = "a", UserId = "u", Total = null };

        Assert.Contains("\"total\":1,", JsonOutput.CustomerSuccessBox(feature));
    }

    [Fact]
    public void FeatureTotal_NegativeIsRejected()
    {
        var feature = new FeatureWithTotal { AccountId = "a", UserId = "u", Total = -1 };

        var exception = Assert.Throws<CsbValidationException>(() => JsonOutput.CustomerSuccessBox(feature));

        Assert.Equal("Total", exception.MemberName);
    }

    [Fact]
    public void FeatureModule_MemberOverridesAttribute()
    {
        var feature = new FeatureWithTotal { AccountId = "a", UserId = "u", ModuleId = "Dashboards" };

        Assert.Contains("\"module_id\":\"Dashboards\",", JsonOutput.CustomerSuccessBox(feature));
    }

    [Fact]
    public void FeatureModule_BlankMemberFallsBackToAttribute()
    {
        var feature = new FeatureWithTotal { AccountId = "a", UserId = "u", ModuleId = " " };

        Assert.Contains("\"module_id\":\"Reports\",", JsonOutput.CustomerSuccessBox(feature));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void BlankUserId_IsRejectedNamingMember(string? userId)
    {
        var identify = new ExampleIdentify { AccountId = "a", UserId = userId };

        var exception = Assert.Throws<CsbValidationException>(() => JsonOutput.Segment(identify));

        Assert.Equal("UserId", exception.MemberName);
        Assert.Contains("user_id", exception.Message);
    }

    [Fact]
    public void NullNullableNumericId_IsRejected()
    {
        var identify = Scalars() with { UserId = null };

        var exception = Assert.Throws<CsbValidationException>(() => JsonOutput.Segment(identify));

        Assert.Equal("UserId", exception.MemberName);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void NonFiniteDouble_IsRejectedNamingMember(double score)
    {
        var identify = Scalars() with { Score = score };

        var exception = Assert.Throws<CsbValidationException>(() => JsonOutput.Segment(identify));

        Assert.Equal("Score", exception.MemberName);
    }

    [Fact]
    public void UnspecifiedDateTime_IsRejected()
    {
        var identify = Scalars() with { SignedUpAt = new DateTime(2026, 1, 2) };

        var exception = Assert.Throws<CsbValidationException>(() => JsonOutput.Segment(identify));

        Assert.Equal("SignedUpAt", exception.MemberName);
    }

    [Fact]
    public void LocalDateTime_IsWrittenInUtc()
    {
        var local = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Local);
        var identify = Scalars() with { SignedUpAt = local };

        var expected = "\"signed_up_at\":\"" + local.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture) + "\"";
        Assert.Contains(expected, JsonOutput.Segment(identify));
    }
}
