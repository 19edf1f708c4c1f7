using System;
using System.Collections;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CsbGenerators.Serialization
{
    /// <summary>
    /// Writes free-form values with a switch over their runtime type. It uses no reflection, so it is safe
    /// under trimming and Native AOT, and it rejects a type it does not know instead of writing <c>{}</c>.
    /// </summary>
    internal static class FreeFormWriter
    {
        public static void Write(Utf8JsonWriter writer, object? value, int depth, in Origin origin)
        {
            // System.Text.Json fails on a value past its maximum depth, null and scalars included.
            if (depth > CsbJson.MaxDepth)
            {
                throw CsbErrors.TooDeep(origin.TypeName, origin.MemberName, origin.Location);
            }

            if (!TryWriteScalar(writer, value, origin))
            {
                WriteComposite(writer, value!, depth, origin);
            }
        }

        private static bool TryWriteScalar(Utf8JsonWriter writer, object? value, in Origin origin)
        {
            switch (value)
            {
                case null:
                    writer.WriteNullValue();
                    return true;
                case string text:
                    CsbJson.WriteStringValue(writer, text, origin.TypeName, origin.MemberName, origin.Location);
                    return true;
                case bool boolean:
                    writer.WriteBooleanValue(boolean);
                    return true;
                case char character:
                    CsbJson.WriteCharValue(writer, character, origin.TypeName, origin.MemberName, origin.Location);
                    return true;
                case Guid guid:
                    writer.WriteStringValue(guid);
                    return true;
                case Uri uri:
                    CsbJson.WriteUriValue(writer, uri, origin.TypeName, origin.MemberName, origin.Location);
                    return true;
                case byte[] bytes:
                    writer.WriteBase64StringValue(bytes);
                    return true;
                case Enum enumValue:
                    EnumNames.For(enumValue.GetType()).Write(writer, enumValue);
                    return true;
                default:
                    return TryWriteNumber(writer, value, origin) || TryWriteTime(writer, value, origin);
            }
        }

        private static bool TryWriteNumber(Utf8JsonWriter writer, object value, in Origin origin)
        {
            switch (value)
            {
                case int number:
                    writer.WriteNumberValue(number);
                    return true;
                case long number:
                    writer.WriteNumberValue(number);
                    return true;
                case double number:
                    CsbJson.WriteDoubleValue(writer, number, origin.TypeName, origin.MemberName, origin.Location);
                    return true;
                case decimal number:
                    writer.WriteNumberValue(number);
                    return true;
                case float number:
                    CsbJson.WriteSingleValue(writer, number, origin.TypeName, origin.MemberName, origin.Location);
                    return true;
                case short number:
                    writer.WriteNumberValue(number);
                    return true;
                case sbyte number:
                    writer.WriteNumberValue(number);
                    return true;
                case byte number:
                    writer.WriteNumberValue(number);
                    return true;
                case ushort number:
                    writer.WriteNumberValue(number);
                    return true;
                case uint number:
                    writer.WriteNumberValue(number);
                    return true;
                case ulong number:
                    writer.WriteNumberValue(number);
                    return true;
                case IntPtr number:
                    writer.WriteNumberValue((long)number);
                    return true;
                case UIntPtr number:
                    writer.WriteNumberValue((ulong)number);
                    return true;
                default:
                    return false;
            }
        }

        private static bool TryWriteTime(Utf8JsonWriter writer, object value, in Origin origin)
        {
            switch (value)
            {
                case DateTime dateTime:
                    CsbJson.WriteDateTimeValue(writer, dateTime, origin.TypeName, origin.MemberName, origin.Location);
                    return true;
                case DateTimeOffset dateTimeOffset:
                    CsbJson.WriteDateTimeOffsetValue(writer, dateTimeOffset);
                    return true;
                case TimeSpan timeSpan:
                    CsbJson.WriteTimeSpanValue(writer, timeSpan);
                    return true;
#if NET6_0_OR_GREATER
                case DateOnly date:
                    CsbJson.WriteDateOnlyValue(writer, date);
                    return true;
                case TimeOnly time:
                    CsbJson.WriteTimeOnlyValue(writer, time);
                    return true;
#endif
                default:
                    return false;
            }
        }

        private static void WriteComposite(Utf8JsonWriter writer, object value, int depth, in Origin origin)
        {
            switch (value)
            {
                case JsonElement element:
                    CsbJson.WriteJsonElementValue(writer, element, origin.TypeName, origin.MemberName, origin.Location);
                    break;
                case JsonNode node:
                    node.WriteTo(writer);
                    break;
                case JsonDocument document:
                    document.RootElement.WriteTo(writer);
                    break;

                // Dictionary<string, T> of any T, Hashtable and the immutable and sorted dictionaries.
                case IDictionary dictionary:
                    WriteDictionary(writer, dictionary, depth, origin);
                    break;

                // ExpandoObject and other string-keyed dictionaries of objects without the non-generic interface.
                case IEnumerable<KeyValuePair<string, object?>> entries:
                    WriteEntries(writer, entries, depth, origin);
                    break;
                case IEnumerable items:
                    WriteArray(writer, items, depth, origin);
                    break;
                default:
                    throw CsbErrors.UnsupportedFreeFormType(origin.TypeName, origin.MemberName, origin.Location, value.GetType());
            }
        }

        private static void WriteDictionary(Utf8JsonWriter writer, IDictionary dictionary, int depth, in Origin origin)
        {
            writer.WriteStartObject();
            var enumerator = dictionary.GetEnumerator();
            try
            {
                while (enumerator.MoveNext())
                {
                    if (enumerator.Key is not string key)
                    {
                        throw CsbErrors.NonStringKey(origin.TypeName, origin.MemberName, origin.Location, enumerator.Key.GetType());
                    }

                    WriteEntry(writer, key, enumerator.Value, depth, origin);
                }
            }
            finally
            {
                (enumerator as IDisposable)?.Dispose();
            }

            writer.WriteEndObject();
        }

        private static void WriteEntries(Utf8JsonWriter writer, IEnumerable<KeyValuePair<string, object?>> entries, int depth, in Origin origin)
        {
            writer.WriteStartObject();
            foreach (var entry in entries)
            {
                WriteEntry(writer, entry.Key, entry.Value, depth, origin);
            }

            writer.WriteEndObject();
        }

        private static void WriteEntry(Utf8JsonWriter writer, string key, object? value, int depth, in Origin origin)
        {
            CsbJson.WritePropertyName(writer, key, origin.TypeName, origin.MemberName, origin.Location);
            Write(writer, value, depth + 1, origin);
        }

        private static void WriteArray(Utf8JsonWriter writer, IEnumerable items, int depth, in Origin origin)
        {
            writer.WriteStartArray();
            foreach (var item in items)
            {
                Write(writer, item, depth + 1, origin);
            }

            writer.WriteEndArray();
        }

        /// <summary>The event type, member and location inside the member that errors name.</summary>
        internal readonly struct Origin
        {
            public Origin(string typeName, string memberName, string? location)
            {
                TypeName = typeName;
                MemberName = memberName;
                Location = location;
            }

            public string TypeName { get; }

            public string MemberName { get; }

            public string? Location { get; }
        }
    }
}
