using System;
using System.Collections.Concurrent;
using System.Globalization;
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

        private readonly ulong[] _keys;
        private readonly string[] _names;
        private readonly JsonEncodedText[] _encodedNames;
        private readonly bool _isFlags;
        private readonly bool _isUnsigned;

        private EnumNames(Type enumType)
        {
            var typeCode = Type.GetTypeCode(Enum.GetUnderlyingType(enumType));
            _isUnsigned = typeCode is TypeCode.Byte or TypeCode.UInt16 or TypeCode.UInt32 or TypeCode.UInt64;
            _isFlags = enumType.IsDefined(typeof(FlagsAttribute), inherit: false);

            // GetNames and the values come in ascending order of the value's bits, the order flag names combine in.
#if NET7_0_OR_GREATER
            var values = Enum.GetValuesAsUnderlyingType(enumType);
#else
            var values = Enum.GetValues(enumType);
#endif
            var fieldNames = Enum.GetNames(enumType);
            var keys = new ulong[fieldNames.Length];
            var names = new string[fieldNames.Length];
            var count = 0;
            for (var i = 0; i < fieldNames.Length; i++)
            {
                var key = ToBits(values.GetValue(i)!, _isUnsigned);
                if (count > 0 && keys[count - 1] == key)
                {
                    continue; // An alias: the first name of a value wins, as in System.Text.Json.
                }

                keys[count] = key;
                names[count] = SnakeCaseNaming.Convert(fieldNames[i]);
                count++;
            }

            Array.Resize(ref keys, count);
            Array.Resize(ref names, count);
            _keys = keys;
            _names = names;
            _encodedNames = Array.ConvertAll(names, name => JsonEncodedText.Encode(name));
        }

        public static EnumNames For(Type enumType) => Cache.GetOrAdd(enumType, type => new EnumNames(type));

        /// <summary>Writes a defined value as its name, a flag combination as its names, and anything else as its number.</summary>
        public void Write(Utf8JsonWriter writer, Enum value)
        {
            var bits = ToBits(value, _isUnsigned);
            var index = Array.BinarySearch(_keys, bits);
            if (index >= 0)
            {
                writer.WriteStringValue(_encodedNames[index]);
                return;
            }

            if (_isFlags && CsbJson.TryWriteFlagsValue(writer, bits, _keys, _names))
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

        /// <summary>The value's bits: signed values are sign-extended, which keeps their order, as generated code does.</summary>
        private static ulong ToBits(object value, bool isUnsigned)
        {
            var convertible = (IConvertible)value;
            return isUnsigned
                ? convertible.ToUInt64(CultureInfo.InvariantCulture)
                : unchecked((ulong)convertible.ToInt64(CultureInfo.InvariantCulture));
        }
    }
}
