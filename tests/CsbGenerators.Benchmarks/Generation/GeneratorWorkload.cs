extern alias SourceGeneration;

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CsbGenerators.Benchmarks.Generation;

/// <summary>
/// A compilation of <see cref="WorkloadSource"/> against the .NET reference assemblies and the runtime library,
/// and the generators that the benchmarks run on it: CsbGenerators' and the System.Text.Json generator that
/// ships with the .NET SDK.
/// </summary>
public sealed class GeneratorWorkload
{
    private GeneratorWorkload(CSharpCompilation compilation, CSharpParseOptions parseOptions)
    {
        Compilation = compilation;
        ParseOptions = parseOptions;
    }

    public CSharpCompilation Compilation { get; }

    public CSharpParseOptions ParseOptions { get; }

    public SyntaxTree UnrelatedTree => Compilation.SyntaxTrees.Single(tree => tree.FilePath == WorkloadSource.UnrelatedFileName);

    /// <summary>
    /// Parses <paramref name="typeCount"/> event types and the unrelated file, and the System.Text.Json context
    /// when <paramref name="withJsonContext"/> is set; without the System.Text.Json generator the context does not compile.
    /// </summary>
    public static GeneratorWorkload Create(int typeCount, bool withJsonContext = true)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = Enumerable.Range(0, typeCount)
            .Select(i => CSharpSyntaxTree.ParseText(WorkloadSource.EventType(i), parseOptions, path: WorkloadSource.TypeName(i) + ".cs"))
            .Append(CSharpSyntaxTree.ParseText(WorkloadSource.Unrelated, parseOptions, path: WorkloadSource.UnrelatedFileName));
        if (withJsonContext)
        {
            trees = trees.Append(CSharpSyntaxTree.ParseText(WorkloadSource.JsonContext(typeCount), parseOptions, path: "WorkloadJsonContext.cs"));
        }

        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
            .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic>
            {
                // The runtime library's net8.0 build binds to the newer reference assemblies, as in an SDK build.
                ["CS1701"] = ReportDiagnostic.Suppress,
                ["CS1702"] = ReportDiagnostic.Suppress,
            });
        var compilation = CSharpCompilation.Create("Workload", trees, References(), options);
        return new GeneratorWorkload(compilation, parseOptions);
    }

    /// <summary>
    /// The compilation with a method body in the unrelated file edited, as typing inside a method does. Every
    /// event type and the context stay as they were.
    /// </summary>
    public CSharpCompilation WithUnrelatedEdit() => WithUnrelatedText(WorkloadSource.UnrelatedText, WorkloadSource.UnrelatedEditedText);

    /// <summary>The compilation with a method added to the unrelated file, which changes its declarations but no event type.</summary>
    public CSharpCompilation WithUnrelatedDeclarationEdit() => WithUnrelatedText(WorkloadSource.UnrelatedDeclarationText, WorkloadSource.UnrelatedDeclarationEditedText);

    private CSharpCompilation WithUnrelatedText(string oldText, string newText)
    {
        var tree = UnrelatedTree;
        if (!WorkloadSource.Unrelated.Contains(oldText, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The unrelated file does not contain '{oldText}'.");
        }

        var edited = tree.WithChangedText(SourceText.From(WorkloadSource.Unrelated.Replace(oldText, newText, StringComparison.Ordinal)));
        return Compilation.ReplaceSyntaxTree(tree, edited);
    }

    public GeneratorDriver CreateDriver(ISourceGenerator generator, bool trackSteps = false)
    {
        return CSharpGeneratorDriver.Create(
            new[] { generator },
            parseOptions: ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackSteps));
    }

    public static ISourceGenerator CsbGenerator() => new SourceGeneration::CsbGenerators.SourceGeneration.CsbEventGenerator().AsSourceGenerator();

    /// <summary>The System.Text.Json source generator from the .NET reference pack, the one the SDK runs in every net10.0 build.</summary>
    public static ISourceGenerator SystemTextJsonGenerator()
    {
        var path = Path.Combine(ReferencePack(), "analyzers", "dotnet", "cs", "System.Text.Json.SourceGeneration.dll");
        var assembly = Assembly.LoadFrom(path);
        var type = assembly.GetTypes().Single(t => t.GetCustomAttributes<GeneratorAttribute>().Any() && typeof(IIncrementalGenerator).IsAssignableFrom(t));
        return ((IIncrementalGenerator)Activator.CreateInstance(type)!).AsSourceGenerator();
    }

    /// <summary>Every analyzer in the CsbGenerators.SourceGeneration assembly.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> CsbAnalyzers()
    {
        return typeof(SourceGeneration::CsbGenerators.SourceGeneration.CsbEventGenerator).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttributes<DiagnosticAnalyzerAttribute>().Any())
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();
    }

    private static IEnumerable<MetadataReference> References()
    {
        var referenceAssemblies = Path.Combine(ReferencePack(), "ref", "net10.0");
        return Directory.EnumerateFiles(referenceAssemblies, "*.dll")
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .Append(MetadataReference.CreateFromFile(typeof(ICsbEvent).Assembly.Location));
    }

    /// <summary>The Microsoft.NETCore.App.Ref pack of the running runtime's version, or the newest 10.0 pack.</summary>
    private static string ReferencePack()
    {
        var dotnetRoot = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", ".."));
        var packs = Path.Combine(dotnetRoot, "packs", "Microsoft.NETCore.App.Ref");
        var exact = Path.Combine(packs, Environment.Version.ToString(3));
        if (Directory.Exists(exact))
        {
            return exact;
        }

        return Directory.EnumerateDirectories(packs, "10.*").OrderBy(path => Version.Parse(Path.GetFileName(path).Split('-')[0])).LastOrDefault()
            ?? throw new DirectoryNotFoundException($"No Microsoft.NETCore.App.Ref 10.0 pack under {packs}. Install the .NET 10 SDK.");
    }
}
