using System;
using CsbGenerators.SourceGeneration.Helpers;

namespace CsbGenerators.SourceGeneration.Model
{
    /// <summary>An enum type that a member uses, with the JSON string of each distinct value.</summary>
    /// <remarks>Immutable and compared by value, like every model type, so incremental caching works.</remarks>
    internal sealed record EnumSpec(string FullyQualifiedName, string UnderlyingType, EquatableArray<EnumMemberSpec> Members);

    /// <summary>One enum field: its C# name and its JSON string. Aliases of one value keep the first field.</summary>
    internal sealed record EnumMemberSpec(string Name, string JsonName);
}
