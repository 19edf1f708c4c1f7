using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using CsbGenerators.SourceGeneration.Analyzers.Common;
using CsbGenerators.SourceGeneration.Diagnostics;

namespace CsbGenerators.SourceGeneration.Analyzers
{
    /// <summary>
    /// Reports every call attribute after the first on one type. A type is one call; the generator extends
    /// none with two.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ConflictingKindsAnalyzer : EventTypeAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(DiagnosticDescriptors.ConflictingKinds);

        private protected override bool Accepts(EventTypeContext eventType) => eventType.Kinds.Count > 1;

        private protected override void Analyze(EventTypeContext eventType)
        {
            var first = ShortName(eventType.KindAttribute);
            for (var i = 1; i < eventType.Kinds.Count; i++)
            {
                var attribute = eventType.Kinds[i].Attribute;
                eventType.Report(DiagnosticDescriptors.ConflictingKinds, eventType.AttributeLocation(attribute), eventType.DisplayName, first, ShortName(attribute));
            }
        }

        /// <summary>The attribute's name as it is written in source, without the <c>Attribute</c> suffix.</summary>
        private static string ShortName(AttributeData attribute)
        {
            var name = attribute.AttributeClass?.Name ?? string.Empty;
            const string suffix = "Attribute";
            return name.EndsWith(suffix, System.StringComparison.Ordinal) ? name.Substring(0, name.Length - suffix.Length) : name;
        }
    }
}
