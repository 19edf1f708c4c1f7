using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using CsbGenerators.SourceGeneration.Analyzers.Common;
using CsbGenerators.SourceGeneration.Diagnostics;
using CsbGenerators.SourceGeneration.Parsing;

namespace CsbGenerators.SourceGeneration.Analyzers
{
    /// <summary>
    /// Reports a member whose JSON name an earlier member already has, counting base-type members first as
    /// the serializer writes them. The later member gets the diagnostic.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class DuplicateJsonNameAnalyzer : EventTypeAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(DiagnosticDescriptors.DuplicateJsonName);

        private protected override void Analyze(EventTypeContext eventType)
        {
            var firstByJsonName = new Dictionary<string, EventMember>();
            foreach (var member in eventType.Members)
            {
                // A member without a name is still being typed.
                if (member.Name.Length == 0)
                {
                    continue;
                }

                if (!firstByJsonName.TryGetValue(member.JsonName, out var first))
                {
                    firstByJsonName.Add(member.JsonName, member);
                    continue;
                }

                eventType.Report(
                    DiagnosticDescriptors.DuplicateJsonName,
                    eventType.MemberLocation(member),
                    EventTypeContext.MemberDisplayName(first),
                    EventTypeContext.MemberDisplayName(member),
                    member.JsonName);
            }
        }
    }
}
