using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using CsbGenerators.SourceGeneration.Analyzers.Common;
using CsbGenerators.SourceGeneration.Diagnostics;
using CsbGenerators.SourceGeneration.Parsing;

namespace CsbGenerators.SourceGeneration.Analyzers
{
    /// <summary>
    /// Reports an event type that is not partial, or that is nested in a type that is not: the generator adds
    /// the serializer as another partial declaration of the type and of each type around it.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class NotPartialAnalyzer : EventTypeAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(DiagnosticDescriptors.NotPartial);

        private protected override void Analyze(EventTypeContext eventType)
        {
            if (EventTypeShape.FindNonPartial(eventType.Type) is not { } nonPartial)
            {
                return;
            }

            var subject = SymbolEqualityComparer.Default.Equals(nonPartial, eventType.Type)
                ? "it is"
                : "its containing type '" + EventTypeParser.DisplayNameOf(nonPartial) + "' is";
            eventType.Report(DiagnosticDescriptors.NotPartial, eventType.TypeLocation(), eventType.DisplayName, subject);
        }
    }
}
