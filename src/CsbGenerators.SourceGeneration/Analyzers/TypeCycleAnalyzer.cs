using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using CsbGenerators.SourceGeneration.Analyzers.Common;
using CsbGenerators.SourceGeneration.Diagnostics;
using CsbGenerators.SourceGeneration.Model;

namespace CsbGenerators.SourceGeneration.Analyzers
{
    /// <summary>
    /// Reports a member whose type contains itself, through nested objects, collections or dictionaries. The
    /// generator writes a serializer that throws for such a type, because its JSON could nest without end.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class TypeCycleAnalyzer : EventTypeAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(DiagnosticDescriptors.TypeCycle);

        private protected override void Analyze(EventTypeContext eventType)
        {
            foreach (var member in eventType.Members)
            {
                // An unsupported part is reported by its own rule, which the generator checks first too.
                if (member.Classification.Cycle is not { } cycle || member.Classification.Kind == ValueKind.Unsupported)
                {
                    continue;
                }

                eventType.Report(
                    DiagnosticDescriptors.TypeCycle,
                    eventType.MemberLocation(member),
                    EventTypeContext.MemberDisplayName(member),
                    member.Type.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat),
                    cycle);
            }
        }
    }
}
