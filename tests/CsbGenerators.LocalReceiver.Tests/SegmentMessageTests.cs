using System.Net;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Xunit;

namespace CsbGenerators.LocalReceiver.Tests;

/// <summary>
/// Item rules of /v1/batch: the request still gets 200, and each item is recorded accepted or
/// rejected with its reason.
/// </summary>
public sealed class SegmentMessageTests : ReceiverTestBase
{
    [Fact]
    public async Task Batch_WithIdentify_AcceptsMessage()
    {
        await AssertAcceptedAsync(Payloads.Identify(), "identify");
    }

    [Fact]
    public async Task Batch_WithTrack_AcceptsMessage()
    {
        await AssertAcceptedAsync(Payloads.Track(), "track");
    }

    [Fact]
    public async Task Batch_WithGroup_AcceptsMessage()
    {
        await AssertAcceptedAsync(Payloads.Group(), "group");
    }

    [Fact]
    public async Task Batch_WithPage_AcceptsMessage()
    {
        await AssertAcceptedAsync(Payloads.Page(), "page");
    }

    [Fact]
    public async Task Batch_WithUnknownType_RejectsMessage()
    {
        JsonObject message = Payloads.Track();
        message["type"] = "alias";

        await AssertRejectedAsync(message, "type must be identify, track, group or page");
    }

    [Fact]
    public async Task Batch_WithoutType_RejectsMessage()
    {
        JsonObject message = Payloads.Track();
        message.Remove("type");

        await AssertRejectedAsync(message, "type must be identify, track, group or page");
    }

    [Fact]
    public async Task Batch_WithoutMessageId_RejectsMessage()
    {
        JsonObject message = Payloads.Track();
        message.Remove("messageId");

        await AssertRejectedAsync(message, "messageId must be a non-blank string");
    }

    [Fact]
    public async Task Batch_WithNumericMessageId_RejectsMessage()
    {
        JsonObject message = Payloads.Track();
        message["messageId"] = 42;

        await AssertRejectedAsync(message, "messageId must be a non-blank string");
    }

    [Fact]
    public async Task Batch_WithMessageIdOf100Characters_RejectsMessage()
    {
        JsonObject message = Payloads.Track();
        message["messageId"] = new string('m', 100);

        await AssertRejectedAsync(message, "messageId must be fewer than 100 characters, but has 100");
    }

    [Fact]
    public async Task Batch_WithMessageIdOf99Characters_AcceptsMessage()
    {
        JsonObject message = Payloads.Track();
        message["messageId"] = new string('m', 99);

        await AssertAcceptedAsync(message, "track");
    }

    [Fact]
    public async Task Batch_WithoutAnyUserId_RejectsMessage()
    {
        JsonObject message = Payloads.Track();
        message.Remove("userId");

        await AssertRejectedAsync(message, "userId or anonymousId must be a non-blank string");
    }

    [Fact]
    public async Task Batch_WithBlankUserId_RejectsMessage()
    {
        JsonObject message = Payloads.Track();
        message["userId"] = "  ";

        await AssertRejectedAsync(message, "userId or anonymousId must be a non-blank string");
    }

    [Fact]
    public async Task Batch_WithAnonymousIdOnly_AcceptsMessage()
    {
        JsonObject message = Payloads.Track();
        message.Remove("userId");
        message["anonymousId"] = "anonymous-1";

        await AssertAcceptedAsync(message, "track");
    }

    [Fact]
    public async Task Track_WithoutEvent_RejectsMessage()
    {
        JsonObject message = Payloads.Track();
        message.Remove("event");

        await AssertRejectedAsync(message, "event must be a non-blank string in a track call");
    }

    [Fact]
    public async Task Track_WithBlankEvent_RejectsMessage()
    {
        JsonObject message = Payloads.Track();
        message["event"] = "";

        await AssertRejectedAsync(message, "event must be a non-blank string in a track call");
    }

    [Fact]
    public async Task Group_WithoutGroupId_RejectsMessage()
    {
        JsonObject message = Payloads.Group();
        message.Remove("groupId");

        await AssertRejectedAsync(message, "groupId must be a non-blank string in a group call");
    }

    [Fact]
    public async Task Batch_WithNonIsoTimestamp_RejectsMessage()
    {
        JsonObject message = Payloads.Track();
        message["timestamp"] = "03/10/2026 12:00";

        await AssertRejectedAsync(message, "timestamp must be an ISO-8601 date-time string");
    }

    [Fact]
    public async Task Batch_WithNumericTimestamp_RejectsMessage()
    {
        JsonObject message = Payloads.Track();
        message["timestamp"] = 1773144000;

        await AssertRejectedAsync(message, "timestamp must be an ISO-8601 date-time string");
    }

    [Fact]
    public async Task Batch_WithOffsetTimestamp_AcceptsMessage()
    {
        JsonObject message = Payloads.Track();
        message["timestamp"] = "2026-03-10T14:00:00+02:00";

        await AssertAcceptedAsync(message, "track");
    }

    [Fact]
    public async Task Batch_WithoutTimestamp_AcceptsMessage()
    {
        JsonObject message = Payloads.Track();
        message.Remove("timestamp");

        await AssertAcceptedAsync(message, "track");
    }

    [Fact]
    public async Task Identify_WithoutTraitsAccountId_RejectsMessage()
    {
        JsonObject message = Payloads.Identify();
        message["traits"]!.AsObject().Remove("account_id");

        await AssertRejectedAsync(message, "traits.account_id must be a non-blank string");
    }

    [Fact]
    public async Task Identify_WithoutTraitsUserId_RejectsMessage()
    {
        JsonObject message = Payloads.Identify();
        message["traits"]!.AsObject().Remove("user_id");

        await AssertRejectedAsync(message, "traits.user_id must be a non-blank string");
    }

    [Fact]
    public async Task Identify_WithIdsInPropertiesOnly_RejectsMessage()
    {
        JsonObject message = Payloads.Identify();
        message["properties"] = message["traits"]!.DeepClone();
        message.Remove("traits");

        await AssertRejectedAsync(message, "traits.account_id must be a non-blank string; traits.user_id must be a non-blank string");
    }

    [Fact]
    public async Task Track_WithoutPropertiesAccountId_RejectsMessage()
    {
        JsonObject message = Payloads.Track();
        message["properties"]!.AsObject().Remove("account_id");

        await AssertRejectedAsync(message, "properties.account_id must be a non-blank string");
    }

    [Fact]
    public async Task Track_WithNumericPropertiesUserId_RejectsMessage()
    {
        JsonObject message = Payloads.Track();
        message["properties"]!["user_id"] = 12345678;

        await AssertRejectedAsync(message, "properties.user_id must be a non-blank string");
    }

    [Fact]
    public async Task Track_WithZeroStringAccountId_AcceptsMessage()
    {
        JsonObject message = Payloads.Track();
        message["properties"]!["account_id"] = "0";

        await AssertAcceptedAsync(message, "track");
    }

    [Fact]
    public async Task Page_WithoutPropertiesUserId_RejectsMessage()
    {
        JsonObject message = Payloads.Page();
        message["properties"]!.AsObject().Remove("user_id");

        await AssertRejectedAsync(message, "properties.user_id must be a non-blank string");
    }

    [Fact]
    public async Task Page_WithBlankPropertiesAccountId_RejectsMessage()
    {
        JsonObject message = Payloads.Page();
        message["properties"]!["account_id"] = " ";

        await AssertRejectedAsync(message, "properties.account_id must be a non-blank string");
    }

    [Fact]
    public async Task Group_WithoutTraitsAccountId_RejectsMessage()
    {
        JsonObject message = Payloads.Group();
        message["traits"]!.AsObject().Remove("account_id");

        await AssertRejectedAsync(message, "traits.account_id must be a non-blank string");
    }

    [Fact]
    public async Task Group_WithoutTraitsUserId_AcceptsMessage()
    {
        JsonObject message = Payloads.Group();

        Assert.False(message["traits"]!.AsObject().ContainsKey("user_id"));
        await AssertAcceptedAsync(message, "group");
    }

    [Fact]
    public async Task Batch_WithNonObjectItem_RejectsMessage()
    {
        using var response = await PostBatchAsync(JsonValue.Create(42)!);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        ReceivedMessage message = SingleMessage();
        Assert.False(message.Accepted);
        Assert.Equal("message must be a JSON object", message.RejectionReason);
        Assert.Null(message.Type);
        Assert.Equal("42", message.Json);
    }

    [Fact]
    public async Task Batch_WithSeveralFailures_JoinsAllReasons()
    {
        JsonObject message = Payloads.Track();
        message.Remove("event");
        message.Remove("userId");

        await AssertRejectedAsync(message, "userId or anonymousId must be a non-blank string; event must be a non-blank string in a track call");
    }

    [Fact]
    public async Task Batch_WithMixedItems_RecordsEachInOrder()
    {
        JsonObject invalid = Payloads.Page();
        invalid.Remove("userId");

        using var response = await PostBatchAsync(Payloads.Identify(), invalid, Payloads.Group());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Collection(
            Receiver.Messages,
            first => Assert.Equal(("identify", true), (first.Type, first.Accepted)),
            second => Assert.Equal(("page", false), (second.Type, second.Accepted)),
            third => Assert.Equal(("group", true), (third.Type, third.Accepted)));
    }

    [Fact]
    public async Task Batch_Message_RecordsRawJson()
    {
        JsonObject message = Payloads.Track();

        using var response = await PostBatchAsync(message);

        Assert.Equal(Payloads.ToJson(message), SingleMessage().Json);
    }

    [Fact]
    public async Task Batch_ResentMessageId_MarksDuplicate()
    {
        JsonObject message = Payloads.Track();
        using var first = await PostBatchAsync(message);

        using var second = await PostBatchAsync(message);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Collection(
            Receiver.Messages,
            original => Assert.False(original.Duplicate),
            resent => Assert.True(resent.Duplicate));
        Assert.False(Receiver.Messages[1].Accepted);
        Assert.Equal($"messageId '{message["messageId"]}' was received before", Receiver.Messages[1].RejectionReason);
    }

    [Fact]
    public async Task Batch_RepeatedMessageId_MarksDuplicate()
    {
        JsonObject message = Payloads.Identify();

        using var response = await PostBatchAsync(message, message);

        Assert.Collection(
            Receiver.Messages,
            original => Assert.True(original.Accepted),
            repeated => Assert.True(repeated.Duplicate));
    }

    [Fact]
    public async Task Clear_ForgetsMessageIds()
    {
        JsonObject message = Payloads.Track();
        using var first = await PostBatchAsync(message);
        Receiver.Clear();

        using var second = await PostBatchAsync(message);

        ReceivedMessage resent = SingleMessage();
        Assert.False(resent.Duplicate);
        Assert.True(resent.Accepted);
    }

    private async Task AssertAcceptedAsync(JsonObject sent, string expectedType)
    {
        using var response = await PostBatchAsync(sent);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("{\"success\":true}", await response.Content.ReadAsStringAsync());
        ReceivedMessage message = SingleMessage();
        Assert.True(message.Accepted, message.RejectionReason);
        Assert.Null(message.RejectionReason);
        Assert.False(message.Duplicate);
        Assert.Equal("segment", message.Route);
        Assert.Equal("/v1/batch", message.Path);
        Assert.Equal(expectedType, message.Type);
        Assert.Equal((string?)sent["messageId"], message.MessageId);
    }

    private async Task AssertRejectedAsync(JsonObject sent, string expectedReason)
    {
        using var response = await PostBatchAsync(sent);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        ReceivedMessage message = SingleMessage();
        Assert.False(message.Accepted);
        Assert.Equal(expectedReason, message.RejectionReason);
        Assert.False(message.Duplicate);
    }
}
