using System;
using System.Buffers;
using System.Buffers.Text;
using System.Text.Json;

namespace CsbGenerators.Serialization
{
    // Value writers for member values, collection elements and dictionary values. Each one writes a value
    // only: the caller writes the property name first. The (typeName, memberName, location) arguments name
    // the value in an error: the event type, its member, and where inside the member the value sits (null
    // for the member itself).
    public static partial class CsbJson
    {
        /// <summary>Writes a string, rejecting one with an unpaired surrogate.</summary>
        public static void WriteStringValue(Utf8JsonWriter writer, string value, string typeName, string memberName, string? location)
        {
            ThrowIfInvalidUtf16(value.AsSpan(), typeName, memberName, location);
            writer.WriteStringValue(value);
        }

        /// <summary>Writes a dictionary key as a property name, rejecting one with an unpaired surrogate.</summary>
        public static void WritePropertyName(Utf8JsonWriter writer, string key, string typeName, string memberName, string? location)
        {
            ThrowIfInvalidUtf16(key.AsSpan(), typeName, memberName, location);
            writer.WritePropertyName(key);
        }

        /// <summary>Writes a character as a one-character string; a surrogate on its own is rejected.</summary>
        public static void WriteCharValue(Utf8JsonWriter writer, char value, string typeName, string memberName, string? location)
        {
            if (char.IsSurrogate(value))
            {
                throw CsbErrors.InvalidUtf16(typeName, memberName, location, 0, value);
            }

            Span<char> text = stackalloc char[1];
            text[0] = value;
            writer.WriteStringValue(text);
        }

        /// <summary>Writes a <see cref="Uri"/> as the text it was created from, as System.Text.Json does.</summary>
        public static void WriteUriValue(Utf8JsonWriter writer, Uri value, string typeName, string memberName, string? location)
        {
            WriteStringValue(writer, value.OriginalString, typeName, memberName, location);
        }

        /// <summary>Writes a finite <see cref="double"/>; NaN and infinities are rejected.</summary>
        public static void WriteDoubleValue(Utf8JsonWriter writer, double value, string typeName, string memberName, string? location)
        {
            if (double.IsNaN(value) || double.IsInfinity(value))
            {
                throw CsbErrors.NonFiniteNumber(typeName, memberName, value, location);
            }

            writer.WriteNumberValue(value);
        }

        /// <summary>Writes a finite <see cref="float"/>; NaN and infinities are rejected.</summary>
        public static void WriteSingleValue(Utf8JsonWriter writer, float value, string typeName, string memberName, string? location)
        {
            if (float.IsNaN(value) || float.IsInfinity(value))
            {
                throw CsbErrors.NonFiniteNumber(typeName, memberName, value, location);
            }

            writer.WriteNumberValue(value);
        }

        /// <summary>
        /// Writes a <see cref="DateTime"/> in UTC, in System.Text.Json's ISO 8601 form: a local time is converted
        /// and an unspecified kind is rejected.
        /// </summary>
        public static void WriteDateTimeValue(Utf8JsonWriter writer, DateTime value, string typeName, string memberName, string? location)
        {
            switch (value.Kind)
            {
                case DateTimeKind.Utc:
                    writer.WriteStringValue(value);
                    break;
                case DateTimeKind.Local:
                    writer.WriteStringValue(value.ToUniversalTime());
                    break;
                default:
                    throw CsbErrors.UnspecifiedDateTime(typeName, memberName, location);
            }
        }

        /// <summary>Writes a <see cref="DateTimeOffset"/> as the same instant in UTC.</summary>
        public static void WriteDateTimeOffsetValue(Utf8JsonWriter writer, DateTimeOffset value)
        {
            writer.WriteStringValue(value.UtcDateTime);
        }

        /// <summary>Writes a <see cref="TimeSpan"/> in the constant ("c") format, <c>[-][d.]hh:mm:ss[.fffffff]</c>, as System.Text.Json does.</summary>
        public static void WriteTimeSpanValue(Utf8JsonWriter writer, TimeSpan value)
        {
            Span<byte> buffer = stackalloc byte[26];
            Utf8Formatter.TryFormat(value, buffer, out var written, new StandardFormat('c'));
            writer.WriteStringValue(buffer.Slice(0, written));
        }

#if NET6_0_OR_GREATER
        /// <summary>Writes a <see cref="DateOnly"/> as <c>yyyy-MM-dd</c>.</summary>
        public static void WriteDateOnlyValue(Utf8JsonWriter writer, DateOnly value)
        {
            Span<byte> buffer = stackalloc byte[10];
            WriteDigits(buffer.Slice(0, 4), value.Year);
            buffer[4] = (byte)'-';
            WriteDigits(buffer.Slice(5, 2), value.Month);
            buffer[7] = (byte)'-';
            WriteDigits(buffer.Slice(8, 2), value.Day);
            writer.WriteStringValue(buffer);
        }

        /// <summary>Writes a <see cref="TimeOnly"/> as <c>hh:mm:ss[.fffffff]</c>, as System.Text.Json does.</summary>
        public static void WriteTimeOnlyValue(Utf8JsonWriter writer, TimeOnly value)
        {
            WriteTimeSpanValue(writer, value.ToTimeSpan());
        }
#endif

        /// <summary>Writes a <see cref="JsonElement"/> as it is; the default element, which contains no JSON value, is rejected.</summary>
        public static void WriteJsonElementValue(Utf8JsonWriter writer, JsonElement value, string typeName, string memberName, string? location)
        {
            if (value.ValueKind == JsonValueKind.Undefined)
            {
                throw CsbErrors.UndefinedJsonElement(typeName, memberName, location);
            }

            value.WriteTo(writer);
        }

        private static void ThrowIfInvalidUtf16(ReadOnlySpan<char> text, string typeName, string memberName, string? location)
        {
            var index = Utf16Validation.IndexOfUnpairedSurrogate(text);
            if (index >= 0)
            {
                throw CsbErrors.InvalidUtf16(typeName, memberName, location, index, text[index]);
            }
        }
    }
}
