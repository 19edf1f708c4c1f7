using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CsbGenerators.SourceGeneration.Analyzers.Common
{
    /// <summary>The base of the rules that look at one event type at a time, from a symbol action.</summary>
    public abstract class EventTypeAnalyzer : DiagnosticAnalyzer
    {
        public sealed override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            EventAnalysis.RegisterForEventCompilations(context, start => start.RegisterSymbolAction(AnalyzeSymbol, SymbolKind.NamedType));
        }

        /// <summary>
        /// Whether the rule looks at the type. By default only at types with exactly one call attribute and a
        /// shape the generator can extend, because the rules for the other types report those problems first.
        /// </summary>
        private protected virtual bool Accepts(EventTypeContext eventType) => eventType.HasSingleKindAndSupportedShape;

        private protected abstract void Analyze(EventTypeContext eventType);

        private void AnalyzeSymbol(SymbolAnalysisContext context)
        {
            if (EventTypeContext.TryCreate(context) is { } eventType && Accepts(eventType))
            {
                Analyze(eventType);
            }
        }
    }
}
