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
    /// Reports an identify, track or page type with no member whose JSON name is <c>user_id</c>. A group call
    /// needs none, because it updates an account.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class MissingUserIdAnalyzer : EventTypeAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(DiagnosticDescriptors.MissingUserId);

        private protected override bool Accepts(EventTypeContext eventType) =>
            base.Accepts(eventType) && eventType.Kind != EventKind.Group;

        private protected override void Analyze(EventTypeContext eventType)
        {
            var call = eventType.Kind switch
            {
                EventKind.Identify => "an identify",
                EventKind.Track => "a track",
                _ => "a page",
            };

            MissingIdReport.ReportIfMissing(eventType, DiagnosticDescriptors.MissingUserId, EventTypeParser.UserIdJsonName, "UserId", eventType.DisplayName, call);
        }
    }
}
