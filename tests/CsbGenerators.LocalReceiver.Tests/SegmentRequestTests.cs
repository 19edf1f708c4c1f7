using System.Linq;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Xunit;

namespace CsbGenerators.LocalReceiver.Tests;

/// <summary>Request-level rules of /v1/batch: each failure rejects the whole request with 400.</summary>
public sealed class SegmentRequestTests : ReceiverTestBase
{
    [Fact]
    public async Task Batch_WithTextPlainContentType_Returns400()
    {
        using var response = await PostBatchBodyAsync(Payloads.Batch(Payloads.Track()), contentType: "text/plain");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Content-Type must be application/json, but is 'text/plain'", await ReadErrorAsync(response));
        Assert.Empty(Receiver.Messages);
    }

    [Fact]
    public async Task Batch_WithoutContentType_Returns400()
    {
        using var response = await PostBatchBodyAsync(Payloads.Batch(Payloads.Track()), contentType: null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Content-Type must be application/json, but is '(missing)'", await ReadErrorAsync(response));
    }

    [Fact]
    public async Task Batch_WithUtf8Charset_Returns200()
    {
        using var response = await PostBatchBodyAsync(Payloads.Batch(Payloads.Track()), contentType: "application/json; charset=UTF-8");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Batch_WithLatin1Charset_Returns400()
    {
        using var response = await PostBatchBodyAsync(Payloads.Batch(Payloads.Track()), contentType: "application/json; charset=iso-8859-1");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Batch_OneByteOverBodyLimit_Returns400()
    {
        string body = BuildBatchOfSize(500 * 1024 + 1);

        using var response = await PostBatchBodyAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("request body is 512001 bytes, over the limit of 512000 bytes", await ReadErrorAsync(response));
        Assert.Empty(Receiver.Messages);
    }

    [Fact]
    public async Task Batch_AtBodyLimit_Returns200()
    {
        string body = BuildBatchOfSize(500 * 1024);

        using var response = await PostBatchBodyAsync(body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.All(Receiver.Messages, message => Assert.True(message.Accepted, message.RejectionReason));
    }

    [Fact]
    public async Task Batch_WithInvalidJson_Returns400()
    {
        using var response = await PostBatchBodyAsync("{\"batch\":[");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("request body is not valid JSON", await ReadErrorAsync(response));
    }

    [Fact]
    public async Task Batch_WithoutBatchArray_Returns400()
    {
        using var response = await PostBatchBodyAsync("{\"sentAt\":\"2026-03-10T12:00:00.000Z\"}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("request body must be a JSON object with a batch array", await ReadErrorAsync(response));
    }

    [Fact]
    public async Task Batch_WithBatchObject_Returns400()
    {
        using var response = await PostBatchBodyAsync("{\"batch\":{}}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Batch_WithJsonArrayBody_Returns400()
    {
        using var response = await PostBatchBodyAsync("[]");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Batch_WithEmptyBatch_Returns200()
    {
        using var response = await PostBatchBodyAsync("{\"batch\":[]}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(Receiver.Messages);
    }

    [Fact]
    public async Task Batch_With2501Messages_Returns400()
    {
        JsonNode[] messages = Enumerable.Range(0, 2501).Select(_ => (JsonNode)SmallGroup()).ToArray();

        using var response = await PostBatchAsync(messages);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("batch has 2501 messages, over the limit of 2500", await ReadErrorAsync(response));
        Assert.Empty(Receiver.Messages);
    }

    [Fact]
    public async Task Batch_With2500Messages_Returns200()
    {
        JsonNode[] messages = Enumerable.Range(0, 2500).Select(_ => (JsonNode)SmallGroup()).ToArray();

        using var response = await PostBatchAsync(messages);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2500, Receiver.Messages.Count(message => message.Accepted));
    }

    [Fact]
    public async Task Batch_WithMessageOver32KB_Returns400()
    {
        JsonObject large = MessageOfSize(32 * 1024 + 1);

        using var response = await PostBatchAsync(Payloads.Track(), large);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("batch[1] is 32769 bytes, over the limit of 32768 bytes per message", await ReadErrorAsync(response));
        Assert.Empty(Receiver.Messages);
    }

    [Fact]
    public async Task Batch_WithMessageAt32KB_Returns200()
    {
        JsonObject large = MessageOfSize(32 * 1024);

        using var response = await PostBatchAsync(large);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(SingleMessage().Accepted);
    }

    [Fact]
    public async Task Batch_WithMultiByteCharacters_CountsUtf8Bytes()
    {
        // "é" is one character but two UTF-8 bytes, so this message is over the limit in bytes only.
        JsonObject message = MessageOfSize(32 * 1024 - 1000);
        message["traits"]!["note"] = new string('é', 600);

        using var response = await PostBatchAsync(message);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static JsonObject SmallGroup() => new()
    {
        ["type"] = "group",
        ["groupId"] = "a",
        ["anonymousId"] = "a",
        ["messageId"] = Payloads.NewMessageId(),
        ["traits"] = new JsonObject { ["account_id"] = "a" },
    };

    /// <summary>Returns a valid identify message whose compact JSON is exactly <paramref name="bytes"/> UTF-8 bytes.</summary>
    private static JsonObject MessageOfSize(int bytes)
    {
        JsonObject message = Payloads.Identify();
        message["traits"]!["padding"] = string.Empty;
        int missing = bytes - Encoding.UTF8.GetByteCount(Payloads.ToJson(message));
        message["traits"]!["padding"] = new string('x', missing);
        Assert.Equal(bytes, Encoding.UTF8.GetByteCount(Payloads.ToJson(message)));
        return message;
    }

    /// <summary>Returns a batch body of valid messages, each under 32 KB, that is exactly <paramref name="bytes"/> UTF-8 bytes.</summary>
    private static string BuildBatchOfSize(int bytes)
    {
        const int MessageBytes = 30 * 1024;
        var messages = new System.Collections.Generic.List<JsonObject>();
        while (true)
        {
            messages.Add(Payloads.Identify());
            JsonObject last = messages[^1];
            last["traits"]!["padding"] = string.Empty;
            int size = Encoding.UTF8.GetByteCount(Payloads.Batch(messages.ToArray()));
            int missing = bytes - size;
            if (missing <= MessageBytes)
            {
                last["traits"]!["padding"] = new string('x', missing);
                break;
            }

            last["traits"]!["padding"] = new string('x', MessageBytes - Encoding.UTF8.GetByteCount(Payloads.ToJson(last)));
        }

        string body = Payloads.Batch(messages.ToArray());
        Assert.Equal(bytes, Encoding.UTF8.GetByteCount(body));
        return body;
    }
}
