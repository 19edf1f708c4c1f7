using CsbGenerators.SourceGeneration.Helpers;

namespace CsbGenerators.SourceGeneration.Model
{
    /// <summary>Everything the emitter needs to write one event type's serializer.</summary>
    /// <remarks>
    /// Model types are immutable and compare by value: they hold strings, enums and
    /// <see cref="EquatableArray{T}"/>, never a symbol, syntax node or compilation. The incremental pipeline
    /// compares them to decide whether to emit again, so a member that breaks either property breaks caching.
    /// </remarks>
    internal sealed record EventTypeSpec
    {
        /// <summary>The unique hint name of the generated file, ending in <c>.g.cs</c>.</summary>
        public required string HintName { get; init; }

        /// <summary>The namespace, or <see langword="null"/> for the global namespace.</summary>
        public required string? Namespace { get; init; }

        /// <summary>The containing types, outermost first.</summary>
        public required EquatableArray<ContainingTypeSpec> ContainingTypes { get; init; }

        public required string Keyword { get; init; }

        public required string Name { get; init; }

        /// <summary>The type's name with its containing types, such as <c>Outer.OrderReceived</c>, for messages.</summary>
        public required string DisplayName { get; init; }

        public required EventKind Kind { get; init; }

        /// <summary>The track event name or the page name.</summary>
        public required string? EventName { get; init; }

        public required string? Product { get; init; }

        public required string? Module { get; init; }

        /// <summary>The serialized members: the ids first, then the others in declaration order, base types first.</summary>
        public required EquatableArray<MemberSpec> Members { get; init; }

        /// <summary>The enums that any value of the event uses, each once, in order of first use.</summary>
        public required EquatableArray<EnumSpec> Enums { get; init; }

        /// <summary>The classes, structs and records that the event contains, each once, in order of first use.</summary>
        public required EquatableArray<ObjectSpec> Objects { get; init; }

        /// <summary>Why no serializer can be built, or <see langword="null"/> when one can.</summary>
        public required string? InvalidReason { get; init; }

        /// <summary>Whether the language version has <c>#nullable</c> (C# 8 and later).</summary>
        public required bool SupportsNullableDirective { get; init; }
    }
}
