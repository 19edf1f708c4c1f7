using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace CsbGenerators.LocalReceiver;

/// <summary>
/// <c>POST /api/v1_1/user</c>, <c>/account</c> and <c>/feature</c>, the CustomerSuccessBox HTTP
/// API. Every authorized request records one message.
/// </summary>
internal static class CsbEndpoints
{
    public const string Route = "csb";
    public const string PathPrefix = "/api/v1_1/";
    public const string UserPath = PathPrefix + "user";
    public const string AccountPath = PathPrefix + "account";
    public const string FeaturePath = PathPrefix + "feature";

    /// <summary>Returns the message type that <paramref name="path"/> records, or <see langword="null"/> for another path.</summary>
    public static string? GetMessageType(string path)
    {
        return path switch
        {
            UserPath => "user",
            AccountPath => "account",
            FeaturePath => "feature",
            _ => null,
        };
    }

    public static EndpointResponse Handle(IncomingRequest request, string type, LocalReceiverOptions options)
    {
        if (!Credentials.IsBearerWithKey(request.Authorization, options.ApiKey)
            && !Credentials.IsBasicWithKey(request.Authorization, options.ApiKey))
        {
            string error = request.Authorization is null
                ? "missing Authorization header: send Bearer with the API key, or HTTP Basic with the API key as user name and an empty password"
                : "invalid API key in the Authorization header";
            return EndpointResponse.Error(401, error);
        }

        string json = Encoding.UTF8.GetString(request.Body.Span);
        if (request.Body.IsEmpty)
        {
            return Reject(request, type, json, "request body is empty", statusCode: 400);
        }

        // The real /feature endpoint returns 200 for every non-empty body, even one it discards.
        int rejectionStatus = type == "feature" ? 200 : 400;
        JsonDocument? document = JsonBody.TryParse(request.Body, out string? parseError);
        if (document is null)
        {
            return Reject(request, type, json, $"request body is not valid JSON: {parseError}", rejectionStatus);
        }

        using (document)
        {
            JsonElement body = document.RootElement;
            if (body.ValueKind != JsonValueKind.Object)
            {
                return Reject(request, type, json, "request body must be a JSON object", rejectionStatus);
            }

            IReadOnlyList<string> failures = type switch
            {
                "user" => CsbMessageRules.CheckUser(body),
                "account" => CsbMessageRules.CheckAccount(body),
                _ => CsbMessageRules.CheckFeature(body, request.UtcNow),
            };
            MessageVerdict verdict = new(Route, request.Path, type, null, json, failures);
            if (failures.Count > 0 && rejectionStatus != 200)
            {
                return EndpointResponse.Error(rejectionStatus, string.Join("; ", failures), [verdict]);
            }

            return EndpointResponse.Success([verdict]);
        }
    }

    private static EndpointResponse Reject(IncomingRequest request, string type, string json, string failure, int statusCode)
    {
        MessageVerdict verdict = new(Route, request.Path, type, null, json, [failure]);
        return statusCode == 200
            ? EndpointResponse.Success([verdict])
            : EndpointResponse.Error(statusCode, failure, [verdict]);
    }
}
