using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using CsbGenerators.SourceGeneration.Analyzers.Common;
using CsbGenerators.SourceGeneration.Diagnostics;

namespace CsbGenerators.SourceGeneration.Analyzers
{
    /// <summary>
    /// Reports a compilation whose track types name more than 256 distinct features, or more than 256
    /// distinct modules. CustomerSuccessBox keeps that many per tenant and ignores new ones. The diagnostic
    /// sits on the first name past the limit, in file order.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class TooManyFeaturesAnalyzer : TrackFeatureAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(DiagnosticDescriptors.TooManyFeatures);

        private protected override void Analyze(CompilationAnalysisContext context, List<TrackFeature> features)
        {
            var featureNames = new HashSet<string>();
            var moduleNames = new HashSet<string>();
            Location? firstFeaturePastLimit = null;
            Location? firstModulePastLimit = null;
            foreach (var feature in features)
            {
                if (featureNames.Add(feature.EventName) && featureNames.Count == NameRules.MaxFeatureCount + 1)
                {
                    firstFeaturePastLimit = feature.EventNameLocation;
                }

                if (feature.Module is not null && moduleNames.Add(feature.Module) && moduleNames.Count == NameRules.MaxFeatureCount + 1)
                {
                    firstModulePastLimit = feature.ModuleLocation;
                }
            }

            Report(context, firstFeaturePastLimit, featureNames.Count, "features");
            Report(context, firstModulePastLimit, moduleNames.Count, "modules");
        }

        private static void Report(CompilationAnalysisContext context, Location? location, int count, string category)
        {
            if (location is not null)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.TooManyFeatures, location, count.ToString(CultureInfo.InvariantCulture), category));
            }
        }
    }
}
