using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using CsbGenerators.SourceGeneration.Analyzers.Common;
using CsbGenerators.SourceGeneration.Diagnostics;
using CsbGenerators.SourceGeneration.Parsing;

namespace CsbGenerators.SourceGeneration.Analyzers
{
    /// <summary>Reports an event type with no member whose JSON name is <c>account_id</c>, which every call needs.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class MissingAccountIdAnalyzer : EventTypeAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(DiagnosticDescriptors.MissingAccountId);

        private protected override void Analyze(EventTypeContext eventType)
        {
            MissingIdReport.ReportIfMissing(eventType, DiagnosticDescriptors.MissingAccountId, EventTypeParser.AccountIdJsonName, "AccountId", eventType.DisplayName);
        }
    }
}
