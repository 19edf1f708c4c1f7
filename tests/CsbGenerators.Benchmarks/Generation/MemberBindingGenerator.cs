using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CsbGenerators.Benchmarks.Generation;

/// <summary>
/// The least that a generator which reads event members must do, as a reference point: the same four
/// attribute lookups as CsbGenerators' generator, and a transform that only binds each type's members and
/// their types and attributes. It emits nothing.
/// </summary>
/// <remarks>
/// Roslyn re-runs every attribute lookup's transform after any edit, because a new compilation may bind
/// the attribute or a member type differently, so this generator's re-run is the floor for a generator built
/// on <c>ForAttributeWithMetadataName</c>. CsbGenerators' pipeline binds again only after a declaration edit.
/// The benchmarks create it directly; it carries no <c>[Generator]</c> attribute, because no build should load it.
/// </remarks>
public sealed class MemberBindingGenerator : IIncrementalGenerator
{
    private static readonly string[] CallAttributes =
    {
        "CsbGenerators.CsbIdentifyAttribute",
        "CsbGenerators.CsbTrackAttribute",
        "CsbGenerators.CsbAccountAttribute",
        "CsbGenerators.CsbPageAttribute",
    };

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        foreach (var attribute in CallAttributes)
        {
            var members = context.SyntaxProvider.ForAttributeWithMetadataName(
                attribute,
                static (node, _) => node is TypeDeclarationSyntax,
                static (syntaxContext, _) => BindMembers((INamedTypeSymbol)syntaxContext.TargetSymbol));
            context.RegisterSourceOutput(members, static (_, _) => { });
        }
    }

    /// <summary>Binds every member's type and attributes, and returns a value that changes only when they do.</summary>
    private static string BindMembers(INamedTypeSymbol type)
    {
        var typeNames = type.GetMembers()
            .OfType<IPropertySymbol>()
            .Select(property => property.Type.Name + property.GetAttributes().Length);
        return type.Name + ":" + string.Join(",", typeNames);
    }
}
