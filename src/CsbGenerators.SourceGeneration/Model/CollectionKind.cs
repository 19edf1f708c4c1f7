namespace CsbGenerators.SourceGeneration.Model
{
    /// <summary>How generated code walks a collection or dictionary.</summary>
    internal enum CollectionKind
    {
        None,

        /// <summary>An array, by index.</summary>
        Array,

        /// <summary>A <c>List&lt;T&gt;</c>, by index, so no enumerator is allocated.</summary>
        List,

        /// <summary>An <c>ImmutableArray&lt;T&gt;</c>, by index, after rejecting the default array.</summary>
        ImmutableArray,

        /// <summary><c>foreach</c> over the value, which binds to its public enumerator or its interface.</summary>
        Foreach,

        /// <summary>
        /// <c>foreach</c> over the value as its <c>IEnumerable&lt;T&gt;</c>, for a type whose public enumerator does
        /// not yield the element type.
        /// </summary>
        ForeachOverInterface,
    }
}
