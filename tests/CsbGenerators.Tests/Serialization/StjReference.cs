using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using CsbGenerators.Serialization;

namespace CsbGenerators.Tests.Serialization;

/// <summary>
/// System.Text.Json configured as the generated serializers claim to write: snake_case names, enums as
/// snake_case strings, null members left out, fields included. Converters stand in only where this
/// project's documented policy differs from System.Text.Json's default.
/// </summary>
internal static class StjReference
{
    public static readonly JsonSerializerOptions Options = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            IncludeFields = true,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        options.Converters.Add(new UtcDateTimeConverter());
        options.Converters.Add(new UtcDateTimeOffsetConverter());
        options.Converters.Add(new ValidUtf16StringConverter());
        options.Converters.Add(new ValidUtf16CharConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    private static void ThrowIfInvalidUtf16(ReadOnlySpan<char> text)
    {
        if (Utf16Validation.IndexOfUnpairedSurrogate(text) >= 0)
        {
            throw new JsonException("The text has an unpaired surrogate, which this project rejects.");
        }
    }

    /// <summary>Policy: a DateTime is written in UTC; a local time is converted and an unspecified kind rejected.</summary>
    private sealed class UtcDateTimeConverter : JsonConverter<DateTime>
    {
        public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => throw new NotSupportedException();

        public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options)
        {
            if (value.Kind == DateTimeKind.Unspecified)
            {
                throw new JsonException("A DateTime of kind Unspecified names no instant, which this project rejects.");
            }

            writer.WriteStringValue(value.ToUniversalTime());
        }
    }

    /// <summary>Policy: a DateTimeOffset is written as the same instant in UTC.</summary>
    private sealed class UtcDateTimeOffsetConverter : JsonConverter<DateTimeOffset>
    {
        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => throw new NotSupportedException();

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
        {
            writer.WriteStringValue(value.UtcDateTime);
        }
    }

    /// <summary>Policy: a string with an unpaired surrogate is rejected, as a value and as a dictionary key.</summary>
    private sealed class ValidUtf16StringConverter : JsonConverter<string>
    {
        public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => throw new NotSupportedException();

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
        {
            ThrowIfInvalidUtf16(value);
            writer.WriteStringValue(value);
        }

        public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
        {
            ThrowIfInvalidUtf16(value);
            writer.WritePropertyName(value);
        }
    }

    /// <summary>Policy: a char that is a surrogate on its own is rejected.</summary>
    private sealed class ValidUtf16CharConverter : JsonConverter<char>
    {
        public override char Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => throw new NotSupportedException();

        public override void Write(Utf8JsonWriter writer, char value, JsonSerializerOptions options)
        {
            ThrowIfInvalidUtf16(stackalloc char[] { value });
            writer.WriteStringValue(stackalloc char[] { value });
        }
    }
}
