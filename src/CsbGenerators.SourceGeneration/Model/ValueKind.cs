namespace CsbGenerators.SourceGeneration.Model
{
    /// <summary>How the serializer writes a value.</summary>
    internal enum ValueKind
    {
        Unsupported,
        String,
        Boolean,

        /// <summary><c>sbyte</c>, <c>short</c> and <c>int</c>, written through <c>WriteNumberValue(int)</c>.</summary>
        Int32,

        /// <summary><c>byte</c>, <c>ushort</c> and <c>uint</c>, written through <c>WriteNumberValue(uint)</c>.</summary>
        UInt32,

        /// <summary><c>long</c> and <c>nint</c>, written through <c>WriteNumberValue(long)</c>.</summary>
        Int64,

        /// <summary><c>ulong</c> and <c>nuint</c>, written through <c>WriteNumberValue(ulong)</c>.</summary>
        UInt64,
        Single,
        Double,
        Decimal,
        DateTime,
        DateTimeOffset,
        Guid,
        Enum,
        Char,
        DateOnly,
        TimeOnly,
        TimeSpan,
        Uri,

        /// <summary><c>byte[]</c>, written as a base64 string as System.Text.Json does.</summary>
        Bytes,

        /// <summary>An array or other sequence, written as a JSON array of its element values.</summary>
        Collection,

        /// <summary>A dictionary with string keys, written as a JSON object with the keys as given.</summary>
        Dictionary,

        /// <summary>A class, struct or record, written as a JSON object of its members by a generated writer.</summary>
        Object,

        /// <summary>An <c>object</c>-typed value, written by its runtime type.</summary>
        FreeForm,
        JsonElement,
        JsonNode,
    }
}
