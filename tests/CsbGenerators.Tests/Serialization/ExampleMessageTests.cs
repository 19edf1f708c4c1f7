using CsbGenerators.Tests.Events;
using Xunit;

namespace CsbGenerators.Tests.Serialization;

/// <summary>The exact bytes of the four example calls on both routes.</summary>
public class ExampleMessageTests
{
    [Fact]
    public void Identify_SegmentMessage_IsExact()
    {
        var expected = "{\"type\":\"identify\",\"userId\":\"john.doe@company.com\","
            + JsonOutput.HeaderJson
            + ",\"traits\":{\"account_id\":\"12345678\",\"user_id\":\"john.doe@company.com\"}}";

        Assert.Equal(expected, JsonOutput.Segment(Examples.Identify()));
    }

    [Fact]
    public void Track_SegmentMessage_IsExact()
    {
        var expected = "{\"type\":\"track\",\"event\":\"Order Received\",\"userId\":\"john.doe@company.com\","
            + JsonOutput.HeaderJson
            + ",\"properties\":{\"account_id\":\"12345678\",\"user_id\":\"john.doe@company.com\",\"cost\":\"$120.00\",\"product_id\":\"Shop\",\"module_id\":\"Orders\"}}";

        Assert.Equal(expected, JsonOutput.Segment(Examples.Track()));
    }

    [Fact]
    public void Group_SegmentMessage_UsesAccountIds()
    {
        var expected = "{\"type\":\"group\",\"anonymousId\":\"12345678\",\"groupId\":\"12345678\","
            + JsonOutput.HeaderJson
            + ",\"traits\":{\"account_id\":\"12345678\",\"name\":\"ABC Group\"}}";

        Assert.Equal(expected, JsonOutput.Segment(Examples.Group()));
    }

    [Fact]
    public void Page_SegmentMessage_IsExact()
    {
        var expected = "{\"type\":\"page\",\"name\":\"orders\",\"userId\":\"john.doe@company.com\","
            + JsonOutput.HeaderJson
            + ",\"properties\":{\"account_id\":\"12345678\",\"user_id\":\"john.doe@company.com\",\"title\":\"My Orders\"}}";

        Assert.Equal(expected, JsonOutput.Segment(Examples.Page()));
    }

    [Fact]
    public void Identify_CustomerSuccessBoxBody_IsFlatTraits()
    {
        Assert.Equal(
            "{\"account_id\":\"12345678\",\"user_id\":\"john.doe@company.com\"}",
            JsonOutput.CustomerSuccessBox(Examples.Identify()));
    }

    [Fact]
    public void Track_CustomerSuccessBoxBody_IsFeature()
    {
        var expected = "{\"account_id\":\"12345678\",\"user_id\":\"john.doe@company.com\",\"product_id\":\"Shop\",\"module_id\":\"Orders\","
            + "\"feature_id\":\"Order Received\",\"total\":1,\"type\":\"feature\",\"timestamp\":\"2026-12-04T10:11:12.345Z\"}";

        Assert.Equal(expected, JsonOutput.CustomerSuccessBox(Examples.Track()));
    }

    [Fact]
    public void Group_CustomerSuccessBoxBody_IsFlatTraits()
    {
        Assert.Equal(
            "{\"account_id\":\"12345678\",\"name\":\"ABC Group\"}",
            JsonOutput.CustomerSuccessBox(Examples.Group()));
    }

    [Fact]
    public void Page_CsbBody_IsRejected()
    {
        var exception = Assert.Throws<CsbValidationException>(() => JsonOutput.CustomerSuccessBox(Examples.Page()));

        Assert.Equal("ExamplePage", exception.EventType);
        Assert.Contains("Segment-compatible route", exception.Message);
        Assert.Contains("CsbRoute.SegmentCompatible", exception.Message);
    }

    [Fact]
    public void LibraryVersion_IsReleaseWithoutCommit()
    {
        Assert.Matches(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$", JsonOutput.Version);
    }
}
