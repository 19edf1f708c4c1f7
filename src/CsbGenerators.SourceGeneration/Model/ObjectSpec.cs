using CsbGenerators.SourceGeneration.Helpers;

namespace CsbGenerators.SourceGeneration.Model
{
    /// <summary>A class, struct or record that an event contains, written by its own generated writer method.</summary>
    /// <remarks>Immutable and compared by value, like every model type, so incremental caching works.</remarks>
    /// <param name="Key">The fully qualified type name, which also declares the writer's parameter.</param>
    /// <param name="DisplayName">The type's name as users read it, for error messages.</param>
    /// <param name="Members">The serialized members, in declaration order, base types first.</param>
    internal sealed record ObjectSpec(string Key, string DisplayName, EquatableArray<MemberSpec> Members);
}
