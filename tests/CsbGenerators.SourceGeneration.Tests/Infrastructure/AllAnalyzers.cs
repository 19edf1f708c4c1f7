using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using CsbGenerators.SourceGeneration.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CsbGenerators.SourceGeneration.Tests.Infrastructure;

/// <summary>Every analyzer the generator assembly ships, found the way the compiler finds them.</summary>
internal static class AllAnalyzers
{
    public static ImmutableArray<DiagnosticAnalyzer> Create()
    {
        return typeof(MissingAccountIdAnalyzer).Assembly.GetTypes()
            .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type))
            .Where(type => type.GetCustomAttributes(typeof(DiagnosticAnalyzerAttribute), inherit: false).Length > 0)
            .OrderBy(type => type.Name, StringComparer.Ordinal)
            .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
            .ToImmutableArray();
    }

    /// <summary>
    /// Runs every analyzer over the compilation and returns their diagnostics, and every exception an analyzer
    /// threw, which the compiler would report as AD0001.
    /// </summary>
    public static async Task<(ImmutableArray<Diagnostic> Diagnostics, List<string> Exceptions)> RunAsync(Compilation compilation)
    {
        var exceptions = new List<string>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: (exception, analyzer, _) =>
            {
                lock (exceptions)
                {
                    exceptions.Add(analyzer.GetType().Name + ": " + exception);
                }
            },
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers(Create(), options).GetAnalyzerDiagnosticsAsync();
        return (diagnostics, exceptions);
    }

    /// <summary>The repository root, found by walking up from the test assembly to the solution file.</summary>
    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CsbGenerators.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("CsbGenerators.sln was not found above " + AppContext.BaseDirectory + ".");
    }
}
