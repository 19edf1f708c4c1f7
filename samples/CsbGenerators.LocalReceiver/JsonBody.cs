using System;
using System.Text;
using System.Text.Json;

namespace CsbGenerators.LocalReceiver;

/// <summary>Parses a UTF-8 request body.</summary>
internal static class JsonBody
{
    /// <summary>
    /// Parses <paramref name="body"/>, skipping a UTF-8 byte order mark. Returns
    /// <see langword="null"/> and the parser's message when the body is not valid JSON.
    /// </summary>
    public static JsonDocument? TryParse(ReadOnlyMemory<byte> body, out string? error)
    {
        error = null;
        ReadOnlySpan<byte> preamble = Encoding.UTF8.Preamble;
        ReadOnlyMemory<byte> json = body.Span.StartsWith(preamble) ? body[preamble.Length..] : body;
        try
        {
            return JsonDocument.Parse(json);
        }
        catch (JsonException exception)
        {
            error = exception.Message;
            return null;
        }
    }
}
