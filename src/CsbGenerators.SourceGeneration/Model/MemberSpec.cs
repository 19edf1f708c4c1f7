namespace CsbGenerators.SourceGeneration.Model
{
    /// <summary>One serialized member of an event type.</summary>
    /// <remarks>Immutable and compared by value, like every model type, so incremental caching works.</remarks>
    /// <param name="Name">The C# name, escaped with <c>@</c> where it is a keyword.</param>
    /// <param name="DisplayName">The C# name as users read it, for error messages.</param>
    /// <param name="JsonName">The JSON name: from <c>[CsbPropertyName]</c>, or the snake_case of the C# name.</param>
    /// <param name="Kind">How the value is written.</param>
    /// <param name="IsNullableValueType">Whether the type is <c>Nullable&lt;T&gt;</c>.</param>
    /// <param name="TypeDisplay">The member's type as C# shows it, for error messages.</param>
    /// <param name="Enum">The enum's names when <paramref name="Kind"/> is <see cref="ValueKind.Enum"/>.</param>
    internal sealed record MemberSpec(
        string Name,
        string DisplayName,
        string JsonName,
        ValueKind Kind,
        bool IsNullableValueType,
        string TypeDisplay,
        EnumSpec? Enum)
    {
        /// <summary>Whether the value may be null at run time, so the serializer checks before writing.</summary>
        public bool MayBeNull => IsNullableValueType || Kind == ValueKind.String;

        public bool IsIntegral => Kind is ValueKind.Int32 or ValueKind.UInt32 or ValueKind.Int64 or ValueKind.UInt64;
    }
}
