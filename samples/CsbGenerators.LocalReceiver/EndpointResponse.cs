using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CsbGenerators.LocalReceiver;

/// <summary>
/// The status code and JSON body that an endpoint returns, and the messages it recorded.
/// </summary>
internal sealed record EndpointResponse(int StatusCode, string Body, IReadOnlyList<MessageVerdict> Messages)
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // The body is read by tests and logs, not by a browser, so quotes and apostrophes stay readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The success body of both services: <c>{"success":true}</c>.</summary>
    public const string SuccessBody = "{\"success\":true}";

    /// <summary>Creates a 200 response with the success body.</summary>
    public static EndpointResponse Success(IReadOnlyList<MessageVerdict> messages) => new(200, SuccessBody, messages);

    /// <summary>Creates an error response with the body <c>{"success":false,"error":…}</c> and no messages.</summary>
    public static EndpointResponse Error(int statusCode, string error) => Error(statusCode, error, []);

    /// <summary>Creates an error response with the body <c>{"success":false,"error":…}</c>.</summary>
    public static EndpointResponse Error(int statusCode, string error, IReadOnlyList<MessageVerdict> messages)
    {
        return new EndpointResponse(statusCode, FormatErrorBody(error), messages);
    }

    /// <summary>Formats <c>{"success":false,"error":…}</c>.</summary>
    public static string FormatErrorBody(string error)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteBoolean("success", false);
            writer.WriteString("error", error);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
