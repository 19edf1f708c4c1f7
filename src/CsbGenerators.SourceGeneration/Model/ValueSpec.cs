namespace CsbGenerators.SourceGeneration.Model
{
    /// <summary>The JSON form of one type, as a member, element or dictionary value has it.</summary>
    /// <remarks>Immutable and compared by value, like every model type, so incremental caching works.</remarks>
    /// <param name="Kind">How the value is written.</param>
    /// <param name="IsNullableValueType">Whether the type is <c>Nullable&lt;T&gt;</c> of the type described.</param>
    /// <param name="IsReferenceType">Whether the type is a reference type, so the value may be null.</param>
    /// <param name="Collection">How a collection or dictionary is walked; <see cref="CollectionKind.None"/> otherwise.</param>
    /// <param name="Element">The element type of a collection, or the value type of a dictionary.</param>
    /// <param name="TypeKey">The fully qualified name of an enum, or the key of a nested object in <see cref="EventTypeSpec.Objects"/>.</param>
    internal sealed record ValueSpec(
        ValueKind Kind,
        bool IsNullableValueType,
        bool IsReferenceType,
        CollectionKind Collection,
        ValueSpec? Element,
        string? TypeKey)
    {
        /// <summary>Whether the value may be null at run time, so the serializer checks before writing.</summary>
        public bool MayBeNull => IsNullableValueType || IsReferenceType;
    }
}
