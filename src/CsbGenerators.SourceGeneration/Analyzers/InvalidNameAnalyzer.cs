using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using CsbGenerators.SourceGeneration.Analyzers.Common;
using CsbGenerators.SourceGeneration.Diagnostics;
using CsbGenerators.SourceGeneration.Model;
using CsbGenerators.SourceGeneration.Parsing;

namespace CsbGenerators.SourceGeneration.Analyzers
{
    /// <summary>
    /// Reports a track event name, page name, product, module or JSON name that is null, empty, whitespace or
    /// not valid UTF-16 (a lone surrogate). Such a name cannot identify anything on the receiving side.
    /// </summary>
    /// <remarks>
    /// A product or module left unset is not reported: the feature then takes them from its members. An
    /// attribute whose constructor does not bind already has a compiler error and is skipped.
    /// </remarks>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class InvalidNameAnalyzer : EventTypeAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(DiagnosticDescriptors.InvalidName);

        private protected override void Analyze(EventTypeContext eventType)
        {
            var attribute = eventType.KindAttribute;
            var owner = " of '" + eventType.DisplayName + "'";
            if ((eventType.Kind == EventKind.Track || eventType.Kind == EventKind.Page) && attribute.AttributeConstructor is not null)
            {
                var description = eventType.Kind == EventKind.Track ? "track event name" : "page name";
                Check(eventType, EventTypeShape.ReadConstructorString(attribute, 0), description + owner, eventType.ArgumentLocation(attribute, null));
            }

            if (eventType.Kind == EventKind.Track)
            {
                CheckIfSet(eventType, attribute, "Product", "product name" + owner);
                CheckIfSet(eventType, attribute, "Module", "module name" + owner);
            }

            foreach (var member in eventType.Members)
            {
                // A member without a name is still being typed.
                if (member.Name.Length == 0)
                {
                    continue;
                }

                Check(eventType, member.JsonName, "JSON name of member '" + EventTypeContext.MemberDisplayName(member) + "'", JsonNameLocation(eventType, member));
            }
        }

        private static void CheckIfSet(EventTypeContext eventType, AttributeData attribute, string propertyName, string description)
        {
            if (EventTypeShape.ReadNamedString(attribute, propertyName) is { } name)
            {
                Check(eventType, name, description, eventType.ArgumentLocation(attribute, propertyName));
            }
        }

        private static void Check(EventTypeContext eventType, string? name, string description, Location location)
        {
            if (NameRules.DescribeInvalid(name) is { } problem)
            {
                eventType.Report(DiagnosticDescriptors.InvalidName, location, description, problem);
            }
        }

        /// <summary>The argument of the member's <c>[CsbPropertyName]</c> where the type declares it, or the member's location.</summary>
        private static Location JsonNameLocation(EventTypeContext eventType, EventMember member)
        {
            if (member.NameAttribute is { } nameAttribute
                && SymbolEqualityComparer.Default.Equals(member.Symbol.ContainingType, eventType.Type)
                && nameAttribute.ApplicationSyntaxReference is not null)
            {
                return eventType.ArgumentLocation(nameAttribute, null);
            }

            return eventType.MemberLocation(member);
        }
    }
}
