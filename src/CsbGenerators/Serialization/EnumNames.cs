using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using CsbGenerators.Naming;

namespace CsbGenerators.Serialization
{
    /// <summary>
    /// The JSON names of one enum type's values, for enums inside free-form values, where the generator
    /// cannot see the type. Names are the snake_case of the field names, as the generator writes them, and
    /// the rules for flag combinations and undefined values are System.Text.Json's.
    /// </summary>
    /// <remarks>
    /// It reads the names with <see cref="Enum.GetNames(Type)"/>, which works under trimming and Native AOT.
    /// NOTE: a <c>[CsbPropertyName]</c> on an enum field is not applied here, because reading attributes of a
    /// type known only at run time needs reflection that trimming may break.
    /// </remarks>
    internal sealed class EnumNames
    {
        private static readonly ConcurrentDictionary<Type, EnumNames> Cache = new ConcurrentDictionary<Type, EnumNames>();

        private readonly ulong[] _sortedKeys;
        private readonly JsonEncodedText[] _sortedNames;
        private readonly ulong[] _flagKeys;
        private readonly string[] _flagNames;
        private readonly bool _isFlags;
        private readonly bool _isUnsigned;

        private EnumNames(Type enumType)
        {
            var typeCode = Type.GetTypeCode(Enum.GetUnderlyingType(enumType));
            _isUnsigned = typeCode is TypeCode.Byte or TypeCode.UInt16 or TypeCode.UInt32 or TypeCode.UInt64;
            _isFlags = enumType.IsDefined(typeof(FlagsAttribute), inherit: false);

            // GetNames and the values come in ascending order of the value's unsigned bits.
#if NET7_0_OR_GREATER
            var values = Enum.GetValuesAsUnderlyingType(enumType);
#else
            var values = Enum.GetValues(enumType);
#endif
            var fieldNames = Enum.GetNames(enumType);
            var fields = Enumerable.Range(0, fieldNames.Length)
                .Select(i => (Bits: ToBits(values.GetValue(i)!, _isUnsigned), Name: SnakeCaseNaming.Convert(fieldNames[i])))
                .GroupBy(field => field.Bits)
                .Select(aliases => aliases.First()) // The first name of a value wins, as in System.Text.Json.
                .ToArray();

            var sorted = fields.OrderBy(field => field.Bits).ToArray();
            _sortedKeys = sorted.Select(field => field.Bits).ToArray();
            _sortedNames = sorted.Select(field => JsonEncodedText.Encode(field.Name)).ToArray();

            var width = WidthOf(typeCode);
            var flagOrder = fields
                .OrderByDescending(field => EnumFlagOrder.BitCount(field.Bits, width))
                .ThenBy(field => EnumFlagOrder.ValueOrderKey(field.Bits, _isUnsigned))
                .ToArray();
            _flagKeys = flagOrder.Select(field => field.Bits).ToArray();
            _flagNames = flagOrder.Select(field => field.Name).ToArray();
        }

        public static EnumNames For(Type enumType) => Cache.GetOrAdd(enumType, type => new EnumNames(type));

        /// <summary>Writes a defined value as its name, a flag combination as its names, and anything else as its number.</summary>
        public void Write(Utf8JsonWriter writer, Enum value)
        {
            var bits = ToBits(value, _isUnsigned);
            var index = Array.BinarySearch(_sortedKeys, bits);
            if (index >= 0)
            {
                writer.WriteStringValue(_sortedNames[index]);
                return;
            }

            if (_isFlags && CsbJson.TryWriteFlagsValue(writer, bits, _flagKeys, _flagNames))
            {
                return;
            }

            if (_isUnsigned)
            {
                writer.WriteNumberValue(bits);
            }
            else
            {
                writer.WriteNumberValue(unchecked((long)bits));
            }
        }

        /// <summary>The value's bits: signed values are sign-extended, as generated code extends them.</summary>
        private static ulong ToBits(object value, bool isUnsigned)
        {
            var convertible = (IConvertible)value;
            return isUnsigned
                ? convertible.ToUInt64(CultureInfo.InvariantCulture)
                : unchecked((ulong)convertible.ToInt64(CultureInfo.InvariantCulture));
        }

        private static int WidthOf(TypeCode typeCode)
        {
            switch (typeCode)
            {
                case TypeCode.Byte:
                case TypeCode.SByte:
                    return 8;
                case TypeCode.Int16:
                case TypeCode.UInt16:
                    return 16;
                case TypeCode.Int64:
                case TypeCode.UInt64:
                    return 64;
                default:
                    return 32;
            }
        }
    }
}
