using System;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CsbGenerators.SourceGeneration.Analyzers.Common
{
    /// <summary>The compilation-start step every rule shares.</summary>
    internal static class EventAnalysis
    {
        /// <summary>
        /// Calls <paramref name="registerActions"/> once per compilation that can see the call attributes, and
        /// not at all for one that cannot.
        /// </summary>
        public static void RegisterForEventCompilations(AnalysisContext context, Action<CompilationStartAnalysisContext> registerActions)
        {
            context.RegisterCompilationStartAction(start =>
            {
                if (KnownAttributeSymbols.Resolve(start.Compilation) is not null)
                {
                    registerActions(start);
                }
            });
        }
    }
}
