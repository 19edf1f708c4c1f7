using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CsbGenerators.SourceGeneration.Analyzers.Common
{
    /// <summary>
    /// The base of the rules that compare the features of every track type in a compilation: a symbol action
    /// collects them, and a compilation-end action hands them to the rule in declaration order.
    /// </summary>
    public abstract class TrackFeatureAnalyzer : DiagnosticAnalyzer
    {
        public sealed override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            EventAnalysis.RegisterForEventCompilations(context, start =>
            {
                var features = new ConcurrentBag<TrackFeature>();
                start.RegisterSymbolAction(
                    symbolContext =>
                    {
                        if (EventTypeContext.TryCreate(symbolContext) is { } eventType && TrackFeature.TryRead(eventType) is { } feature)
                        {
                            features.Add(feature);
                        }
                    },
                    SymbolKind.NamedType);
                start.RegisterCompilationEndAction(end => Analyze(end, TrackFeature.Sort(features)));
            });
        }

        private protected abstract void Analyze(CompilationAnalysisContext context, List<TrackFeature> features);
    }
}
