using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using CsbGenerators.SourceGeneration.Diagnostics;

namespace CsbGenerators.SourceGeneration.Analyzers.Common
{
    /// <summary>The check that both missing-id rules share, and the properties the add-id code fix reads.</summary>
    internal static class MissingIdReport
    {
        /// <summary>
        /// Reports <paramref name="descriptor"/> on the type's name when no member maps to <paramref name="jsonName"/>.
        /// A type whose base type does not resolve is skipped, because the missing base may declare the id.
        /// </summary>
        public static void ReportIfMissing(EventTypeContext eventType, DiagnosticDescriptor descriptor, string jsonName, string memberName, params object?[] messageArguments)
        {
            if (eventType.HasUnresolvedBaseType || IdMembers.Contains(eventType.Members, jsonName))
            {
                return;
            }

            var properties = ImmutableDictionary<string, string?>.Empty
                .Add(DiagnosticDescriptors.MemberNameProperty, memberName)
                .Add(DiagnosticDescriptors.JsonNameProperty, jsonName);
            eventType.Report(descriptor, eventType.TypeLocation(), properties, messageArguments);
        }
    }
}
