using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using CsbGenerators.SourceGeneration.Analyzers.Common;
using CsbGenerators.SourceGeneration.Diagnostics;
using CsbGenerators.SourceGeneration.Parsing;

namespace CsbGenerators.SourceGeneration.Analyzers
{
    /// <summary>
    /// Reports a call attribute on a type the generator cannot extend: an interface, a generic type
    /// definition, an abstract or static class, or a ref struct.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class UnsupportedTypeShapeAnalyzer : EventTypeAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(DiagnosticDescriptors.UnsupportedTypeShape);

        private protected override bool Accepts(EventTypeContext eventType) => true;

        private protected override void Analyze(EventTypeContext eventType)
        {
            if (EventTypeShape.DescribeUnsupportedShape(eventType.Type) is { } shape)
            {
                eventType.Report(DiagnosticDescriptors.UnsupportedTypeShape, eventType.TypeLocation(), eventType.DisplayName, shape);
            }
        }
    }
}
