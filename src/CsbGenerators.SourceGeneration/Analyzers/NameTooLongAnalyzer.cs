using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using CsbGenerators.SourceGeneration.Analyzers.Common;
using CsbGenerators.SourceGeneration.Diagnostics;
using CsbGenerators.SourceGeneration.Model;
using CsbGenerators.SourceGeneration.Parsing;

namespace CsbGenerators.SourceGeneration.Analyzers
{
    /// <summary>
    /// Reports a track event name, product or module longer than 64 characters. CustomerSuccessBox truncates
    /// each after 64 characters, so two names that differ only later count as one feature, module or product.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class NameTooLongAnalyzer : EventTypeAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(DiagnosticDescriptors.NameTooLong);

        private protected override bool Accepts(EventTypeContext eventType) =>
            base.Accepts(eventType) && eventType.Kind == EventKind.Track;

        private protected override void Analyze(EventTypeContext eventType)
        {
            var attribute = eventType.KindAttribute;
            var owner = " of '" + eventType.DisplayName + "'";
            Check(eventType, EventTypeShape.ReadConstructorString(attribute, 0), "track event name" + owner, attribute, null);
            Check(eventType, EventTypeShape.ReadNamedString(attribute, "Product"), "product name" + owner, attribute, "Product");
            Check(eventType, EventTypeShape.ReadNamedString(attribute, "Module"), "module name" + owner, attribute, "Module");
        }

        private static void Check(EventTypeContext eventType, string? name, string description, AttributeData attribute, string? propertyName)
        {
            if (name is null)
            {
                return;
            }

            var length = NameRules.CountCharacters(name);
            if (length > NameRules.MaxFeatureNameLength)
            {
                eventType.Report(DiagnosticDescriptors.NameTooLong, eventType.ArgumentLocation(attribute, propertyName), description, length.ToString(CultureInfo.InvariantCulture));
            }
        }
    }
}
