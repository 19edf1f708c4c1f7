using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using Microsoft.Net.Http.Headers;

namespace CsbGenerators.LocalReceiver;

/// <summary>
/// <c>POST /v1/batch</c>, the Segment-compatible batch endpoint. Request-level failures get 401 or
/// 400 and record no message. Otherwise the request gets 200 and every item is recorded, accepted
/// or rejected.
/// </summary>
internal static class SegmentBatchEndpoint
{
    public const string Route = "segment";
    public const string Path = "/v1/batch";

    /// <summary>Maximum request body size: 500 KB.</summary>
    public const int MaxBodyBytes = 500 * 1024;

    /// <summary>Maximum size of one item's raw JSON: 32 KB.</summary>
    public const int MaxMessageBytes = 32 * 1024;

    /// <summary>Maximum number of items in one batch.</summary>
    public const int MaxMessages = 2500;

    public static EndpointResponse Handle(IncomingRequest request, LocalReceiverOptions options)
    {
        using JsonDocument? document = JsonBody.TryParse(request.Body, out string? parseError);

        // A request with an Authorization header is judged by that header alone; the body's
        // writeKey counts only when there is no header.
        string? authorizationError = CheckAuthorization(request.Authorization, document, options.WriteKey);
        if (authorizationError is not null)
        {
            return EndpointResponse.Error(401, authorizationError);
        }

        if (!IsJsonContentType(request.ContentType))
        {
            return EndpointResponse.Error(400, $"Content-Type must be application/json, but is '{request.ContentType ?? "(missing)"}'");
        }

        if (request.Body.Length > MaxBodyBytes)
        {
            return EndpointResponse.Error(400, $"request body is {request.Body.Length} bytes, over the limit of {MaxBodyBytes} bytes");
        }

        if (document is null)
        {
            return EndpointResponse.Error(400, $"request body is not valid JSON: {parseError}");
        }

        if (document.RootElement.ValueKind != JsonValueKind.Object
            || !document.RootElement.TryGetProperty("batch", out JsonElement batch)
            || batch.ValueKind != JsonValueKind.Array)
        {
            return EndpointResponse.Error(400, "request body must be a JSON object with a batch array");
        }

        int count = batch.GetArrayLength();
        if (count > MaxMessages)
        {
            return EndpointResponse.Error(400, $"batch has {count} messages, over the limit of {MaxMessages}");
        }

        var verdicts = new List<MessageVerdict>(count);
        int index = 0;
        foreach (JsonElement message in batch.EnumerateArray())
        {
            string json = message.GetRawText();
            int size = Encoding.UTF8.GetByteCount(json);
            if (size > MaxMessageBytes)
            {
                return EndpointResponse.Error(400, $"batch[{index}] is {size} bytes, over the limit of {MaxMessageBytes} bytes per message");
            }

            verdicts.Add(new MessageVerdict(
                Route,
                Path,
                JsonMembers.GetStringOrNull(message, "type"),
                JsonMembers.GetStringOrNull(message, "messageId"),
                json,
                SegmentMessageRules.Check(message)));
            index++;
        }

        return EndpointResponse.Success(verdicts);
    }

    private static string? CheckAuthorization(string? authorization, JsonDocument? document, string writeKey)
    {
        if (authorization is not null)
        {
            return Credentials.IsBasicWithKey(authorization, writeKey)
                ? null
                : "invalid Authorization header: send HTTP Basic with the write key as user name and an empty password";
        }

        if (document is null
            || document.RootElement.ValueKind != JsonValueKind.Object
            || !document.RootElement.TryGetProperty("writeKey", out JsonElement bodyKey))
        {
            return "missing credentials: send HTTP Basic with the write key as user name and an empty password, or a writeKey field in the body";
        }

        return bodyKey.ValueKind == JsonValueKind.String && bodyKey.GetString() == writeKey
            ? null
            : "invalid writeKey in the request body";
    }

    /// <summary>
    /// Returns whether the media type is application/json with no charset or a UTF-8 charset,
    /// because the body is read as UTF-8.
    /// </summary>
    private static bool IsJsonContentType(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out MediaTypeHeaderValue? mediaType)
            || !mediaType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return !mediaType.Charset.HasValue
            || HeaderUtilities.RemoveQuotes(mediaType.Charset).Equals("utf-8", StringComparison.OrdinalIgnoreCase);
    }
}
