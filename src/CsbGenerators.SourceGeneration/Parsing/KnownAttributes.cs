using Microsoft.CodeAnalysis;
using CsbGenerators.SourceGeneration.Model;

namespace CsbGenerators.SourceGeneration.Parsing
{
    /// <summary>
    /// The runtime library's attributes, matched by namespace and name so that no compilation-wide lookup
    /// is needed and an unresolved (half-typed) attribute simply does not match.
    /// </summary>
    internal static class KnownAttributes
    {
        public const string Namespace = "CsbGenerators";

        public const string IdentifyMetadataName = "CsbGenerators.CsbIdentifyAttribute";
        public const string TrackMetadataName = "CsbGenerators.CsbTrackAttribute";
        public const string AccountMetadataName = "CsbGenerators.CsbAccountAttribute";
        public const string PageMetadataName = "CsbGenerators.CsbPageAttribute";

        public const string PropertyName = "CsbPropertyNameAttribute";
        public const string Ignore = "CsbIgnoreAttribute";
        public const string WriteNull = "CsbWriteNullAttribute";

        public static bool Is(INamedTypeSymbol? attributeClass, string name)
        {
            return attributeClass is not null
                && attributeClass.TypeKind != TypeKind.Error
                && attributeClass.Name == name
                && attributeClass.ContainingNamespace is { IsGlobalNamespace: false } ns
                && ns.Name == Namespace
                && ns.ContainingNamespace.IsGlobalNamespace;
        }

        /// <summary>Returns the event kind an attribute declares, or <see langword="null"/> for any other attribute.</summary>
        public static EventKind? KindOf(INamedTypeSymbol? attributeClass)
        {
            if (Is(attributeClass, "CsbIdentifyAttribute"))
            {
                return EventKind.Identify;
            }

            if (Is(attributeClass, "CsbTrackAttribute"))
            {
                return EventKind.Track;
            }

            if (Is(attributeClass, "CsbAccountAttribute"))
            {
                return EventKind.Group;
            }

            if (Is(attributeClass, "CsbPageAttribute"))
            {
                return EventKind.Page;
            }

            return null;
        }
    }
}
