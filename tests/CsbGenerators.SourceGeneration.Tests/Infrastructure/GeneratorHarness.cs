using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace CsbGenerators.SourceGeneration.Tests.Infrastructure;

/// <summary>
/// Compiles test sources against a consumer target's references and the runtime library, runs the generator
/// through a real <see cref="CSharpGeneratorDriver"/>, and returns the output compilation.
/// </summary>
internal static class GeneratorHarness
{
    public static CSharpCompilation CreateCompilation(string source, LanguageVersion languageVersion = LanguageVersion.Latest, NullableContextOptions nullable = NullableContextOptions.Enable)
    {
        return CreateCompilation(new[] { source }, languageVersion, nullable);
    }

    public static CSharpCompilation CreateCompilation(string[] sources, LanguageVersion languageVersion = LanguageVersion.Latest, NullableContextOptions nullable = NullableContextOptions.Enable, ConsumerTarget target = ConsumerTarget.Current)
    {
        var parseOptions = new CSharpParseOptions(languageVersion);
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: nullable)
            .WithGeneralDiagnosticOption(ReportDiagnostic.Error)
            .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic>
            {
                // The SDK suppresses these by default: the runtime library, built for net8.0, is bound to the
                // newer framework the tests run on.
                ["CS1701"] = ReportDiagnostic.Suppress,
                ["CS1702"] = ReportDiagnostic.Suppress,
            });

        return CSharpCompilation.Create(
            "GeneratorTestAssembly",
            sources.Select((source, index) => CSharpSyntaxTree.ParseText(source, parseOptions, path: $"Events{index}.cs")),
            ConsumerReferences.For(target),
            options);
    }

    public static GeneratorRun Run(string source, LanguageVersion languageVersion = LanguageVersion.Latest, NullableContextOptions nullable = NullableContextOptions.Enable)
    {
        return Run(new[] { source }, languageVersion, nullable);
    }

    public static GeneratorRun Run(string[] sources, LanguageVersion languageVersion = LanguageVersion.Latest, NullableContextOptions nullable = NullableContextOptions.Enable, ConsumerTarget target = ConsumerTarget.Current)
    {
        var compilation = CreateCompilation(sources, languageVersion, nullable, target);
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new CsbEventGenerator().AsSourceGenerator() },
            parseOptions: (CSharpParseOptions)compilation.SyntaxTrees[0].Options,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        return new GeneratorRun(driver, compilation, output, generatorDiagnostics);
    }
}

internal sealed record GeneratorRun(GeneratorDriver Driver, Compilation Input, Compilation Output, ImmutableArray<Diagnostic> GeneratorDiagnostics)
{
    public GeneratorDriverRunResult Result => Driver.GetRunResult();

    /// <summary>Every error or warning in the output compilation and the generator run, formatted for an assert message.</summary>
    public IReadOnlyList<string> Problems()
    {
        return GeneratorDiagnostics.Concat(Output.GetDiagnostics())
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .Select(d => d.ToString())
            .ToList();
    }

    /// <summary>
    /// Every error, and every warning inside generated code, formatted for an assert message. Warnings in the
    /// test's own source are left out, because a source written for C# 7.3 warns under nullable annotations.
    /// </summary>
    public IReadOnlyList<string> GeneratedCodeProblems()
    {
        var generated = Result.GeneratedTrees.ToHashSet();
        return GeneratorDiagnostics.Concat(Output.GetDiagnostics())
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .Where(d => (d.Severity == DiagnosticSeverity.Error && !d.IsWarningAsError)
                || (d.Location.SourceTree is { } tree && generated.Contains(tree)))
            .Select(d => d.ToString())
            .ToList();
    }

    public string GeneratedSource(string hintName)
    {
        var source = Result.Results.Single().GeneratedSources.SingleOrDefault(s => s.HintName == hintName);
        Assert.True(source.SourceText is not null, $"No generated source named {hintName}; generated: {string.Join(", ", Result.Results.Single().GeneratedSources.Select(s => s.HintName))}");
        return source.SourceText!.ToString();
    }
}
