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
    /// Reports an <c>account_id</c> or <c>user_id</c> member whose type the serializer supports but cannot turn
    /// into an id, such as <c>bool</c> or <c>DateTime</c>. Ids are JSON strings, and only strings, integers and
    /// Guids convert to one exactly.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class InvalidIdTypeAnalyzer : EventTypeAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(DiagnosticDescriptors.InvalidIdType);

        private protected override void Analyze(EventTypeContext eventType)
        {
            foreach (var member in eventType.Members)
            {
                var kind = member.Classification.Kind;

                // An unsupported type has a rule of its own.
                if (!IdMembers.IsIdJsonName(member.JsonName) || kind == ValueKind.Unsupported || EventTypeParser.IsIdKind(kind))
                {
                    continue;
                }

                var type = member.Type.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat);
                eventType.Report(DiagnosticDescriptors.InvalidIdType, eventType.MemberLocation(member), EventTypeContext.MemberDisplayName(member), member.JsonName, type);
            }
        }
    }
}
