namespace CsbGenerators.SourceGeneration.Model
{
    /// <summary>How the serializer writes a member's value.</summary>
    internal enum ValueKind
    {
        Unsupported,
        String,
        Boolean,

        /// <summary><c>sbyte</c>, <c>short</c> and <c>int</c>, written through <c>WriteNumber(int)</c>.</summary>
        Int32,

        /// <summary><c>byte</c>, <c>ushort</c> and <c>uint</c>, written through <c>WriteNumber(uint)</c>.</summary>
        UInt32,
        Int64,
        UInt64,
        Single,
        Double,
        Decimal,
        DateTime,
        DateTimeOffset,
        Guid,
        Enum,
    }
}
