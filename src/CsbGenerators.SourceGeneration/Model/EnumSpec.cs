using CsbGenerators.SourceGeneration.Helpers;

namespace CsbGenerators.SourceGeneration.Model
{
    /// <summary>An enum type that a value uses, with the JSON string of each distinct value.</summary>
    /// <remarks>Immutable and compared by value, like every model type, so incremental caching works.</remarks>
    /// <param name="FullyQualifiedName">The enum's name with <c>global::</c>.</param>
    /// <param name="UnderlyingType"><c>long</c> or <c>ulong</c>: the type that can represent every value with its sign.</param>
    /// <param name="IsFlags">Whether the enum has <c>[Flags]</c>, so combinations are written as names too.</param>
    /// <param name="Members">
    /// The distinct values, in the order System.Text.Json tries flag fields in: most bits set first, then
    /// ascending value. Aliases keep the first field declared.
    /// </param>
    internal sealed record EnumSpec(string FullyQualifiedName, string UnderlyingType, bool IsFlags, EquatableArray<EnumMemberSpec> Members);

    /// <summary>One enum field: its C# name, its JSON string and its value's bits, sign-extended to 64 bits.</summary>
    internal sealed record EnumMemberSpec(string Name, string JsonName, ulong Bits);
}
