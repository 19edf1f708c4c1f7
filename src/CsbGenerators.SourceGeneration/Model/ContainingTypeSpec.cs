namespace CsbGenerators.SourceGeneration.Model
{
    /// <summary>A type that contains the event type, re-declared around the generated code.</summary>
    /// <param name="Keyword">The declaration keyword: <c>class</c>, <c>struct</c>, <c>record</c> or <c>record struct</c>.</param>
    /// <param name="NameWithTypeParameters">The name with its type parameter list, such as <c>Outer&lt;T&gt;</c>.</param>
    internal sealed record ContainingTypeSpec(string Keyword, string NameWithTypeParameters);
}
