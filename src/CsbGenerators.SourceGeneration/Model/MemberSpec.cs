namespace CsbGenerators.SourceGeneration.Model
{
    /// <summary>One serialized member of an event type or of a nested object.</summary>
    /// <remarks>Immutable and compared by value, like every model type, so incremental caching works.</remarks>
    /// <param name="Name">The C# name, escaped with <c>@</c> where it is a keyword.</param>
    /// <param name="DisplayName">The C# name as users read it, for error messages.</param>
    /// <param name="JsonName">The JSON name: from <c>[CsbPropertyName]</c>, or the snake_case of the C# name.</param>
    /// <param name="Value">How the value is written.</param>
    /// <param name="WriteNull">Whether a null value is written as JSON null (<c>[CsbWriteNull]</c>) instead of left out.</param>
    internal sealed record MemberSpec(
        string Name,
        string DisplayName,
        string JsonName,
        ValueSpec Value,
        bool WriteNull)
    {
        public ValueKind Kind => Value.Kind;

        public bool IsNullableValueType => Value.IsNullableValueType;

        public bool IsIntegral => Kind is ValueKind.Int32 or ValueKind.UInt32 or ValueKind.Int64 or ValueKind.UInt64;
    }
}
