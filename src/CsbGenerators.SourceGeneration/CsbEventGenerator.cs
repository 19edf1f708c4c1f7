using System.Globalization;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using CsbGenerators.SourceGeneration.Emit;
using CsbGenerators.SourceGeneration.Model;
using CsbGenerators.SourceGeneration.Parsing;

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
        /// <summary>The tracking name of the step that turns an attributed type into its model.</summary>
        public const string ParseStepName = "CsbEventTypeSpec";

        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            RegisterKind(context, KnownAttributes.IdentifyMetadataName);
            RegisterKind(context, KnownAttributes.TrackMetadataName);
            RegisterKind(context, KnownAttributes.AccountMetadataName);
            RegisterKind(context, KnownAttributes.PageMetadataName);
        }

        private static void RegisterKind(IncrementalGeneratorInitializationContext context, string attributeMetadataName)
        {
            var specs = context.SyntaxProvider
                .ForAttributeWithMetadataName(
                    attributeMetadataName,
                    static (node, _) => node is TypeDeclarationSyntax,
                    static (syntaxContext, cancellationToken) => Parse(syntaxContext, cancellationToken))
                .Where(static spec => spec is not null)
                .WithTrackingName(ParseStepName);

            context.RegisterSourceOutput(specs, static (productionContext, spec) => Emit(productionContext, spec!));
        }

        private static EventTypeSpec? Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
        {
            if (context.TargetSymbol is not INamedTypeSymbol type)
            {
                return null;
            }

            var languageVersion = context.TargetNode.SyntaxTree.Options is CSharpParseOptions options
                ? options.LanguageVersion
                : LanguageVersion.Default;

            // Numbers in the emitted text are formatted explicitly, but a hostile current culture must not
            // leak in through any other formatting either.
#pragma warning disable RS1035 // The culture is restored at once; the generator reads no ambient state through it.
            var culture = CultureInfo.CurrentCulture;
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            try
            {
                return EventTypeParser.Parse(type, languageVersion, cancellationToken);
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
