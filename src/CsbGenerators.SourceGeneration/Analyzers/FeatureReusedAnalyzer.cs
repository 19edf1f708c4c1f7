using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using CsbGenerators.SourceGeneration.Analyzers.Common;
using CsbGenerators.SourceGeneration.Diagnostics;

namespace CsbGenerators.SourceGeneration.Analyzers
{
    /// <summary>
    /// Reports a feature name that two track types put under different modules, and a module name that two
    /// put under different products. CustomerSuccessBox files a feature under one module and a module under
    /// one product, so the second grouping is lost. The first declaration in file order is the reference;
    /// each later one that disagrees gets the diagnostic.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class FeatureReusedAnalyzer : TrackFeatureAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(DiagnosticDescriptors.FeatureReused);

        private protected override void Analyze(CompilationAnalysisContext context, List<TrackFeature> features)
        {
            var moduleByFeature = new Dictionary<string, TrackFeature>();
            var productByModule = new Dictionary<string, TrackFeature>();
            foreach (var feature in features)
            {
                if (feature.Module is null)
                {
                    continue;
                }

                if (moduleByFeature.TryGetValue(feature.EventName, out var first))
                {
                    if (first.Module != feature.Module)
                    {
                        Report(context, feature.EventNameLocation, "Feature", feature.EventName, feature, "module", feature.Module, first, first.Module);
                    }
                }
                else
                {
                    moduleByFeature.Add(feature.EventName, feature);
                }

                if (feature.Product is null)
                {
                    continue;
                }

                if (productByModule.TryGetValue(feature.Module, out first))
                {
                    if (first.Product != feature.Product)
                    {
                        Report(context, feature.ModuleLocation, "Module", feature.Module, feature, "product", feature.Product, first, first.Product);
                    }
                }
                else
                {
                    productByModule.Add(feature.Module, feature);
                }
            }
        }

        private static void Report(CompilationAnalysisContext context, Location location, string nameKind, string name, TrackFeature feature, string grouping, string value, TrackFeature first, string? firstValue)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.FeatureReused, location, nameKind, name, feature.TypeName, grouping, value, first.TypeName, firstValue));
        }
    }
}
