using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using CsbGenerators.SourceGeneration.Emit;
using CsbGenerators.SourceGeneration.Model;
using CsbGenerators.SourceGeneration.Pipeline;

namespace CsbGenerators.SourceGeneration
{
    /// <summary>
    /// Emits, for every type marked <c>[CsbIdentify]</c>, <c>[CsbTrack]</c>, <c>[CsbAccount]</c> or <c>[CsbPage]</c>,
    /// an explicit <c>ICsbEvent</c> implementation that writes its messages with <c>Utf8JsonWriter</c>.
    /// </summary>
    /// <remarks>
    /// The generator reports no diagnostics: the analyzers in this assembly do, from the same parsing code.
    /// A type the generator cannot extend gets no file; one it cannot serialize gets methods that throw.
    /// </remarks>
    [Generator(LanguageNames.CSharp)]
    public sealed class CsbEventGenerator : IIncrementalGenerator
    {
        /// <summary>The tracking name of the step that turns the compilation's event types into their models.</summary>
        public const string ParseStepName = "CsbEventTypeSpec";

        /// <summary>The tracking name of the step that summarizes each syntax tree's declarations.</summary>
        public const string SummaryStepName = "CsbDeclarationSummary";

        /// <summary>The tracking name of the step that compares compilations by their declarations.</summary>
        public const string SnapshotStepName = "CsbSemanticSnapshot";

        /// <summary>
        /// Builds the pipeline. Roslyn's attribute lookup re-binds every attributed type after any edit,
        /// because the new compilation could bind it differently. This pipeline first summarizes each tree's
        /// declarations, which costs a syntax walk of the edited tree only, and binds again only when a
        /// summary, the options or the references change. Typing inside a method body binds nothing.
        /// </summary>
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var summaries = context.CompilationProvider
                .SelectMany(static (compilation, _) => compilation.SyntaxTrees)
                .Select(static (tree, cancellationToken) => DeclarationSummary.Read(tree, cancellationToken))
                .WithTrackingName(SummaryStepName);

            var snapshots = summaries.Collect()
                .Combine(context.CompilationProvider)
                .Select(static (pair, _) => new SemanticSnapshot(pair.Left, pair.Right))
                .WithTrackingName(SnapshotStepName);

            // NOTE: Roslyn compares this step's list of models with the last one by position, so an event type
            // added or removed before others makes every later file be emitted again, though no later model changed.
            var specs = snapshots
                .SelectMany(static (snapshot, cancellationToken) => Parse(snapshot, cancellationToken))
                .WithTrackingName(ParseStepName);

            context.RegisterSourceOutput(specs, static (productionContext, spec) => Emit(productionContext, spec));
        }

        private static List<EventTypeSpec> Parse(SemanticSnapshot snapshot, CancellationToken cancellationToken)
        {
            // Numbers in the emitted text are formatted explicitly, but a hostile current culture must not
            // leak in through any other formatting either.
#pragma warning disable RS1035 // The culture is restored at once; the generator reads no ambient state through it.
            var culture = CultureInfo.CurrentCulture;
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            try
            {
                return EventTypeDiscovery.Find(snapshot, cancellationToken);
            }
            finally
            {
                CultureInfo.CurrentCulture = culture;
            }
#pragma warning restore RS1035
        }

        private static void Emit(SourceProductionContext context, EventTypeSpec spec)
        {
#pragma warning disable RS1035 // See Parse.
            var culture = CultureInfo.CurrentCulture;
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            try
            {
                var source = EventSourceEmitter.Emit(spec);
                context.AddSource(spec.HintName, SourceText.From(source, Encoding.UTF8));
            }
            finally
            {
                CultureInfo.CurrentCulture = culture;
            }
#pragma warning restore RS1035
        }
    }
}
