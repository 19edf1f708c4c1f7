using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using CsbGenerators.SourceGeneration.Analyzers.Common;
using CsbGenerators.SourceGeneration.Diagnostics;
using CsbGenerators.SourceGeneration.Parsing;

namespace CsbGenerators.SourceGeneration.Analyzers
{
    /// <summary>
    /// Reports a required id member that is declared nullable: a <c>string?</c> or a <c>Nullable&lt;T&gt;</c>. The
    /// serializer rejects an event whose id is null, so the compiler should make callers set it.
    /// </summary>
    /// <remarks>
    /// A <c>string</c> in code with nullable annotations disabled may hold null too, but nothing marks it, so
    /// the rule stays silent there. The optional <c>user_id</c> of a group type is not checked.
    /// </remarks>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class NullableIdAnalyzer : EventTypeAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(DiagnosticDescriptors.NullableId);

        private protected override void Analyze(EventTypeContext eventType)
        {
            var required = IdMembers.RequiredJsonNames(eventType.Kind).ToList();
            foreach (var member in eventType.Members)
            {
                if (!required.Contains(member.JsonName) || !EventTypeParser.IsIdKind(member.Classification.Kind))
                {
                    continue;
                }

                if (member.Classification.IsNullableValueType || IsAnnotatedNullable(member.Symbol))
                {
                    eventType.Report(DiagnosticDescriptors.NullableId, eventType.MemberLocation(member), EventTypeContext.MemberDisplayName(member), member.JsonName);
                }
            }
        }

        private static bool IsAnnotatedNullable(ISymbol member)
        {
            var annotation = member switch
            {
                IPropertySymbol property => property.NullableAnnotation,
                IFieldSymbol field => field.NullableAnnotation,
                _ => NullableAnnotation.None,
            };

            return annotation == NullableAnnotation.Annotated;
        }
    }
}
