using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using CsbGenerators.SourceGeneration.Parsing;

namespace CsbGenerators.SourceGeneration.Analyzers.Common
{
    /// <summary>
    /// The call attributes a compilation can see, resolved once when its analysis starts. A compilation
    /// that references none of them holds no event types, so the analyzers register nothing for it.
    /// </summary>
    /// <remarks>
    /// Event types themselves are recognized by <see cref="EventTypeShape.ReadKinds"/>, which matches attributes
    /// by namespace and name exactly as the generator's <c>ForAttributeWithMetadataName</c> does. Comparing
    /// symbols here instead would miss an attribute that two references both define, and the generator would
    /// still extend the type.
    /// </remarks>
    internal sealed class KnownAttributeSymbols
    {
        private static readonly string[] KindMetadataNames =
        {
            KnownAttributes.IdentifyMetadataName,
            KnownAttributes.TrackMetadataName,
            KnownAttributes.AccountMetadataName,
            KnownAttributes.PageMetadataName,
        };

        private KnownAttributeSymbols(ImmutableArray<INamedTypeSymbol> kindAttributes)
        {
            KindAttributes = kindAttributes;
        }

        /// <summary>Every declaration of the four call attributes that the compilation can see.</summary>
        public ImmutableArray<INamedTypeSymbol> KindAttributes { get; }

        /// <summary>Resolves the call attributes, or returns <see langword="null"/> when the compilation sees none.</summary>
        public static KnownAttributeSymbols? Resolve(Compilation compilation)
        {
            var builder = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
            foreach (var metadataName in KindMetadataNames)
            {
                builder.AddRange(compilation.GetTypesByMetadataName(metadataName));
            }

            return builder.Count == 0 ? null : new KnownAttributeSymbols(builder.ToImmutable());
        }
    }
}
