using System;
using System.Net;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Xunit;

namespace CsbGenerators.LocalReceiver.Tests;

/// <summary>
/// /feature returns 200 for every non-empty body, like the real endpoint, and records a body that
/// fails a rule as rejected. The receiver's clock is fixed at 2026-03-10T00:30:00Z.
/// </summary>
public sealed class CsbFeatureTests : ReceiverTestBase
{
    private const string FeaturePath = "/api/v1_1/feature";
    private const string ReceiptDayTimestamp = "2026-03-10T12:00:00.000Z";

    protected override LocalReceiverOptions CreateOptions() => new()
    {
        UtcNow = () => new DateTimeOffset(2026, 3, 10, 0, 30, 0, TimeSpan.Zero),
    };

    [Fact]
    public async Task Feature_WithValidBody_AcceptsMessage()
    {
        using var response = await PostCsbAsync(FeaturePath, Payloads.ToJson(Payloads.CsbFeature(ReceiptDayTimestamp)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("{\"success\":true}", await response.Content.ReadAsStringAsync());
        ReceivedMessage message = SingleMessage();
        Assert.True(message.Accepted, message.RejectionReason);
        Assert.Equal("feature", message.Type);
        Assert.Equal(FeaturePath, message.Path);
    }

    [Fact]
    public async Task Feature_WithEmptyBody_Returns400()
    {
        using var response = await PostCsbAsync(FeaturePath, string.Empty);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("request body is empty", await ReadErrorAsync(response));
        Assert.False(SingleMessage().Accepted);
    }

    [Fact]
    public async Task Feature_WithInvalidJson_Returns200AndRejects()
    {
        using var response = await PostCsbAsync(FeaturePath, "{\"feature_id\":");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("request body is not valid JSON", SingleMessage().RejectionReason);
    }

    [Fact]
    public async Task Feature_WithJsonArray_Returns200AndRejects()
    {
        using var response = await PostCsbAsync(FeaturePath, "[]");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("request body must be a JSON object", SingleMessage().RejectionReason);
    }

    [Theory]
    [InlineData("account_id")]
    [InlineData("user_id")]
    [InlineData("product_id")]
    [InlineData("module_id")]
    [InlineData("feature_id")]
    public async Task Feature_WithoutId_Returns200AndRejects(string member)
    {
        JsonObject body = Payloads.CsbFeature(ReceiptDayTimestamp);
        body.Remove(member);

        await AssertRejectedAsync(body, $"{member} must be a non-blank string");
    }

    [Theory]
    [InlineData("account_id")]
    [InlineData("user_id")]
    [InlineData("product_id")]
    [InlineData("module_id")]
    [InlineData("feature_id")]
    public async Task Feature_WithBlankId_Returns200AndRejects(string member)
    {
        JsonObject body = Payloads.CsbFeature(ReceiptDayTimestamp);
        body[member] = " ";

        await AssertRejectedAsync(body, $"{member} must be a non-blank string");
    }

    [Theory]
    [InlineData("product_id")]
    [InlineData("module_id")]
    [InlineData("feature_id")]
    public async Task Feature_WithNameOf65Characters_Returns200AndRejects(string member)
    {
        JsonObject body = Payloads.CsbFeature(ReceiptDayTimestamp);
        body[member] = new string('n', 65);

        await AssertRejectedAsync(body, $"{member} must be at most 64 characters, but has 65");
    }

    [Theory]
    [InlineData("product_id")]
    [InlineData("module_id")]
    [InlineData("feature_id")]
    public async Task Feature_WithNameOf64Characters_AcceptsMessage(string member)
    {
        JsonObject body = Payloads.CsbFeature(ReceiptDayTimestamp);
        body[member] = new string('n', 64);

        await AssertAcceptedAsync(body);
    }

    [Fact]
    public async Task Feature_WithNegativeTotal_Returns200AndRejects()
    {
        JsonObject body = Payloads.CsbFeature(ReceiptDayTimestamp);
        body["total"] = -1;

        await AssertRejectedAsync(body, "total must be a non-negative number");
    }

    [Fact]
    public async Task Feature_WithStringTotal_Returns200AndRejects()
    {
        JsonObject body = Payloads.CsbFeature(ReceiptDayTimestamp);
        body["total"] = "3";

        await AssertRejectedAsync(body, "total must be a non-negative number");
    }

    [Fact]
    public async Task Feature_WithZeroTotal_AcceptsMessage()
    {
        JsonObject body = Payloads.CsbFeature(ReceiptDayTimestamp);
        body["total"] = 0;

        await AssertAcceptedAsync(body);
    }

    [Fact]
    public async Task Feature_WithoutTotal_AcceptsMessage()
    {
        JsonObject body = Payloads.CsbFeature(ReceiptDayTimestamp);
        body.Remove("total");

        await AssertAcceptedAsync(body);
    }

    [Fact]
    public async Task Feature_WithTypeTrack_Returns200AndRejects()
    {
        JsonObject body = Payloads.CsbFeature(ReceiptDayTimestamp);
        body["type"] = "track";

        await AssertRejectedAsync(body, "type must be \"feature\"");
    }

    [Fact]
    public async Task Feature_WithoutType_Returns200AndRejects()
    {
        JsonObject body = Payloads.CsbFeature(ReceiptDayTimestamp);
        body.Remove("type");

        await AssertRejectedAsync(body, "type must be \"feature\"");
    }

    [Fact]
    public async Task Feature_WithoutTimestamp_Returns200AndRejects()
    {
        JsonObject body = Payloads.CsbFeature(ReceiptDayTimestamp);
        body.Remove("timestamp");

        await AssertRejectedAsync(body, "timestamp is missing");
    }

    [Fact]
    public async Task Feature_WithNonIsoTimestamp_Returns200AndRejects()
    {
        JsonObject body = Payloads.CsbFeature("10 March 2026");

        await AssertRejectedAsync(body, "timestamp must be an ISO-8601 date-time string");
    }

    [Fact]
    public async Task Feature_WithPreviousDayTimestamp_Returns200AndRejects()
    {
        JsonObject body = Payloads.CsbFeature("2026-03-09T23:59:59.999Z");

        await AssertRejectedAsync(body, "timestamp date 2026-03-09 (UTC) must be the receipt date 2026-03-10 (UTC)");
    }

    [Fact]
    public async Task Feature_LateOnReceiptDate_AcceptsMessage()
    {
        JsonObject body = Payloads.CsbFeature("2026-03-10T23:59:59.999Z");

        await AssertAcceptedAsync(body);
    }

    [Fact]
    public async Task Feature_OffsetOnPreviousUtcDate_Rejects()
    {
        // 01:00 at +02:00 is 23:00 UTC on the day before.
        JsonObject body = Payloads.CsbFeature("2026-03-10T01:00:00+02:00");

        await AssertRejectedAsync(body, "timestamp date 2026-03-09 (UTC) must be the receipt date 2026-03-10 (UTC)");
    }

    [Fact]
    public async Task Feature_TimestampWithoutOffset_ReadsUtc()
    {
        JsonObject body = Payloads.CsbFeature("2026-03-10T00:10:00");

        await AssertAcceptedAsync(body);
    }

    [Fact]
    public async Task Feature_WithSeveralFailures_JoinsAllReasons()
    {
        JsonObject body = Payloads.CsbFeature(ReceiptDayTimestamp);
        body.Remove("user_id");
        body["total"] = -2;

        await AssertRejectedAsync(body, "user_id must be a non-blank string; total must be a non-negative number");
    }

    private async Task AssertAcceptedAsync(JsonObject body)
    {
        using var response = await PostCsbAsync(FeaturePath, Payloads.ToJson(body));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        ReceivedMessage message = SingleMessage();
        Assert.True(message.Accepted, message.RejectionReason);
    }

    private async Task AssertRejectedAsync(JsonObject body, string expectedReason)
    {
        using var response = await PostCsbAsync(FeaturePath, Payloads.ToJson(body));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("{\"success\":true}", await response.Content.ReadAsStringAsync());
        ReceivedMessage message = SingleMessage();
        Assert.False(message.Accepted);
        Assert.Equal(expectedReason, message.RejectionReason);
    }
}
