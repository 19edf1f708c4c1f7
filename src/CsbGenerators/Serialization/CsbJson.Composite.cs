using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text.Json;

namespace CsbGenerators.Serialization
{
    // Writers for values that are more than one JSON token: flag combinations, free-form values, and the
    // helpers that let generated loops enumerate any collection type.
    public static partial class CsbJson
    {
        private const int StackTextLength = 256;

        /// <summary>
        /// Writes a <c>[Flags]</c> value that matches no single field as the JSON names of the fields it
        /// combines, such as <c>"read, write"</c>, as System.Text.Json's string enum converter does: each field
        /// in turn claims its bits if all of them are still unclaimed, and the names follow in that order.
        /// </summary>
        /// <param name="writer">The writer.</param>
        /// <param name="bits">The value's bits, sign-extended to 64 bits.</param>
        /// <param name="keys">
        /// The distinct field values, sign-extended the same way, in the order System.Text.Json (10.0) tries them:
        /// most bits set first, then ascending value, signed for a signed enum.
        /// </param>
        /// <param name="names">The JSON name of each field in <paramref name="keys"/>.</param>
        /// <returns><see langword="false"/>, having written nothing, when some bits belong to no field; the caller then writes the number.</returns>
        public static bool TryWriteFlagsValue(Utf8JsonWriter writer, ulong bits, ulong[] keys, string[] names)
        {
            var length = MeasureFlags(bits, keys, names);
            if (length < 0)
            {
                return false;
            }

            char[]? rented = null;
            var text = length <= StackTextLength ? stackalloc char[StackTextLength] : (rented = ArrayPool<char>.Shared.Rent(length));
            var position = 0;
            var remaining = bits;
            for (var i = 0; i < keys.Length; i++)
            {
                if (!Claims(keys[i], remaining))
                {
                    continue;
                }

                if (position > 0)
                {
                    text[position++] = ',';
                    text[position++] = ' ';
                }

                names[i].AsSpan().CopyTo(text.Slice(position));
                position += names[i].Length;
                remaining &= ~keys[i];
            }

            writer.WriteStringValue(text.Slice(0, position));
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }

            return true;
        }

        /// <summary>
        /// Writes a free-form (<see cref="object"/>-typed) value by its runtime type, without reflection: null,
        /// strings, numbers, booleans, dates, <see cref="Guid"/>, <see cref="Uri"/>, enums, byte arrays,
        /// <see cref="JsonElement"/>, <see cref="System.Text.Json.Nodes.JsonNode"/>, dictionaries with string
        /// keys and collections of these. Any other type is rejected, never written as <c>{}</c>.
        /// </summary>
        /// <param name="writer">The writer.</param>
        /// <param name="value">The value.</param>
        /// <param name="depth">The level the value sits on; the traits or properties object is level 1.</param>
        /// <param name="typeName">The event type, for errors.</param>
        /// <param name="memberName">The event member that the value belongs to, for errors.</param>
        /// <param name="location">Where inside the member the value sits, or <see langword="null"/> for the member itself.</param>
        public static void WriteFreeFormValue(Utf8JsonWriter writer, object? value, int depth, string typeName, string memberName, string? location)
        {
            FreeFormWriter.Write(writer, value, depth, new FreeFormWriter.Origin(typeName, memberName, location));
        }

        /// <summary>
        /// Returns <paramref name="source"/> as the <see cref="IEnumerable{T}"/> it implements, so a generated
        /// loop can enumerate a collection type without a public enumerator of its own.
        /// </summary>
        public static IEnumerable<T> AsEnumerable<T>(IEnumerable<T> source) => source;

        /// <summary>Returns a string-keyed dictionary type as the sequence of its entries.</summary>
        public static IEnumerable<KeyValuePair<string, T>> AsEntries<T>(IEnumerable<KeyValuePair<string, T>> source) => source;

        /// <summary>Returns the length of the combined flag names, or -1 when the bits match no combination of fields.</summary>
        private static int MeasureFlags(ulong bits, ulong[] keys, string[] names)
        {
            var remaining = bits;
            var length = 0;
            var count = 0;
            for (var i = 0; i < keys.Length; i++)
            {
                if (!Claims(keys[i], remaining))
                {
                    continue;
                }

                length += names[i].Length;
                count++;
                remaining &= ~keys[i];
            }

            return remaining != 0 || count == 0 ? -1 : length + ((count - 1) * 2);
        }

        /// <summary>Whether a flag field takes part: it has bits, and all of them are still unclaimed.</summary>
        private static bool Claims(ulong key, ulong remaining) => key != 0 && (remaining & key) == key;
    }
}
