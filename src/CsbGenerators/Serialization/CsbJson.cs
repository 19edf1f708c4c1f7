using System;
using System.Buffers.Text;
using System.ComponentModel;
using System.Text.Json;

namespace CsbGenerators.Serialization
{
    /// <summary>
    /// Writers for the values whose JSON form this library fixes: ids as strings, timestamps in UTC, and
    /// numbers that JSON can carry. Generated code calls these; they are not meant for direct use.
    /// </summary>
    /// <remarks>
    /// The message-level writers are in this file; the value writers for members are in the other parts.
    /// </remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static partial class CsbJson
    {
        /// <summary>
        /// The deepest level a value may sit on, counting the traits or properties object as level 1. It is
        /// System.Text.Json's default <c>MaxDepth</c>, and it is checked the same way: a value on level 65 fails.
        /// </summary>
        public const int MaxDepth = 64;

        private const int TimestampLength = 24; // yyyy-MM-ddTHH:mm:ss.fffZ

        /// <summary>Writes <c>messageId</c>, <c>timestamp</c> and <c>context.library</c>.</summary>
        public static void WriteHeader(Utf8JsonWriter writer, in CsbMessageHeader header)
        {
            writer.WriteString(CsbJsonNames.MessageId, header.MessageId);
            WriteTimestamp(writer, CsbJsonNames.Timestamp, header.Timestamp);
            writer.WriteStartObject(CsbJsonNames.Context);
            writer.WriteStartObject(CsbJsonNames.Library);
            writer.WriteString(CsbJsonNames.Name, CsbLibraryInfo.EncodedName);
            writer.WriteString(CsbJsonNames.Version, CsbLibraryInfo.EncodedVersion);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        /// <summary>Writes a timestamp as <c>yyyy-MM-ddTHH:mm:ss.fffZ</c> in UTC.</summary>
        public static void WriteTimestamp(Utf8JsonWriter writer, JsonEncodedText name, DateTimeOffset value)
        {
            Span<byte> buffer = stackalloc byte[TimestampLength];
            FormatTimestamp(value.UtcDateTime, buffer);
            writer.WriteString(name, buffer);
        }

        /// <summary>Writes an integral id as a JSON string in invariant form: <c>12345678</c> becomes <c>"12345678"</c>.</summary>
        public static void WriteIdString(Utf8JsonWriter writer, JsonEncodedText name, long value)
        {
            Span<byte> buffer = stackalloc byte[20];
            Utf8Formatter.TryFormat(value, buffer, out var written);
            writer.WriteString(name, buffer.Slice(0, written));
        }

        /// <summary>Writes a string property, such as an id, rejecting one with an unpaired surrogate.</summary>
        public static void WriteString(Utf8JsonWriter writer, JsonEncodedText name, string value, string typeName, string memberName)
        {
            ThrowIfInvalidUtf16(value.AsSpan(), typeName, memberName, null);
            writer.WriteString(name, value);
        }

        /// <summary>Writes an unsigned integral id as a JSON string in invariant form.</summary>
        public static void WriteIdString(Utf8JsonWriter writer, JsonEncodedText name, ulong value)
        {
            Span<byte> buffer = stackalloc byte[20];
            Utf8Formatter.TryFormat(value, buffer, out var written);
            writer.WriteString(name, buffer.Slice(0, written));
        }

        /// <summary>Writes a finite <see cref="double"/>; NaN and infinities are rejected.</summary>
        public static void WriteDouble(Utf8JsonWriter writer, JsonEncodedText name, double value, string typeName, string memberName)
        {
            if (double.IsNaN(value) || double.IsInfinity(value))
            {
                throw CsbErrors.NonFiniteNumber(typeName, memberName, value);
            }

            writer.WriteNumber(name, value);
        }

        /// <summary>Writes a finite <see cref="float"/>; NaN and infinities are rejected.</summary>
        public static void WriteSingle(Utf8JsonWriter writer, JsonEncodedText name, float value, string typeName, string memberName)
        {
            if (float.IsNaN(value) || float.IsInfinity(value))
            {
                throw CsbErrors.NonFiniteNumber(typeName, memberName, value);
            }

            writer.WriteNumber(name, value);
        }

        /// <summary>Formats <paramref name="utc"/> as the 24 UTF-8 bytes of <c>yyyy-MM-ddTHH:mm:ss.fffZ</c>.</summary>
        internal static void FormatTimestamp(DateTime utc, Span<byte> destination)
        {
            WriteDigits(destination.Slice(0, 4), utc.Year);
            destination[4] = (byte)'-';
            WriteDigits(destination.Slice(5, 2), utc.Month);
            destination[7] = (byte)'-';
            WriteDigits(destination.Slice(8, 2), utc.Day);
            destination[10] = (byte)'T';
            WriteDigits(destination.Slice(11, 2), utc.Hour);
            destination[13] = (byte)':';
            WriteDigits(destination.Slice(14, 2), utc.Minute);
            destination[16] = (byte)':';
            WriteDigits(destination.Slice(17, 2), utc.Second);
            destination[19] = (byte)'.';
            WriteDigits(destination.Slice(20, 3), utc.Millisecond);
            destination[23] = (byte)'Z';
        }

        private static void WriteDigits(Span<byte> destination, int value)
        {
            for (var i = destination.Length - 1; i >= 0; i--)
            {
                destination[i] = (byte)('0' + (value % 10));
                value /= 10;
            }
        }
    }
}
