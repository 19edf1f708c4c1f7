using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace CsbGenerators.SourceGeneration.Tests.Infrastructure;

/// <summary>
/// Drives one <see cref="CSharpGeneratorDriver"/> through a sequence of edits and, after each edit, compares
/// its generated files with those of a new driver run on the same compilation. A difference means the
/// incremental run kept stale output.
/// </summary>
internal sealed class IncrementalReplay
{
    private GeneratorDriver _driver;

    private IncrementalReplay(Compilation compilation)
    {
        Compilation = compilation;
        _driver = CreateDriver(compilation);
        _driver = _driver.RunGenerators(compilation);
        AssertNoGeneratorException(_driver.GetRunResult(), "the first run");
    }

    /// <summary>The compilation of the last edit.</summary>
    public Compilation Compilation { get; private set; }

    /// <summary>The incremental driver's result for the last edit.</summary>
    public GeneratorRunResult LastRun => _driver.GetRunResult().Results.Single();

    /// <summary>Starts from files named <c>Events0.cs</c>, <c>Events1.cs</c> and so on, in the order given.</summary>
    public static IncrementalReplay Start(params string[] sources)
    {
        return new IncrementalReplay(GeneratorHarness.CreateCompilation(sources));
    }

    public static IncrementalReplay Start(Compilation compilation)
    {
        return new IncrementalReplay(compilation);
    }

    /// <summary>Applies an edit to the compilation, runs both drivers and asserts that their files are equal.</summary>
    public IncrementalReplay Apply(string description, Func<Compilation, Compilation> edit)
    {
        Compilation = edit(Compilation);
        _driver = _driver.RunGenerators(Compilation);
        AssertNoGeneratorException(_driver.GetRunResult(), description);

        var fresh = CreateDriver(Compilation).RunGenerators(Compilation).GetRunResult();
        AssertNoGeneratorException(fresh, description + " (fresh driver)");
        Assert.True(
            Files(fresh).SequenceEqual(Files(_driver.GetRunResult())),
            $"After '{description}' the incremental run's files differ from a fresh run's.\n{Difference(Files(fresh), Files(_driver.GetRunResult()))}");
        return this;
    }

    /// <summary>Replaces the text of the file at <paramref name="path"/>, keeping its parse options.</summary>
    public IncrementalReplay Edit(string path, string text)
    {
        return Apply($"edit {path}", compilation =>
        {
            var tree = Tree(compilation, path);
            return compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(SourceText.From(text)));
        });
    }

    /// <summary>Replaces <paramref name="before"/>, which must occur in the file, with <paramref name="after"/>.</summary>
    public IncrementalReplay Replace(string path, string before, string after)
    {
        var text = Tree(Compilation, path).ToString();
        Assert.Contains(before, text);
        return Apply($"in {path}, replace '{before}' with '{after}'", compilation =>
        {
            var tree = Tree(compilation, path);
            return compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(SourceText.From(text.Replace(before, after))));
        });
    }

    public IncrementalReplay Add(string path, string text)
    {
        return Apply($"add {path}", compilation => compilation.AddSyntaxTrees(
            CSharpSyntaxTree.ParseText(text, (CSharpParseOptions)compilation.SyntaxTrees.First().Options, path)));
    }

    public IncrementalReplay Remove(string path)
    {
        return Apply($"remove {path}", compilation => compilation.RemoveSyntaxTrees(Tree(compilation, path)));
    }

    public IncrementalReplay Rename(string path, string newPath)
    {
        return Apply($"rename {path} to {newPath}", compilation =>
        {
            var tree = Tree(compilation, path);
            return compilation.ReplaceSyntaxTree(tree, tree.WithFilePath(newPath));
        });
    }

    /// <summary>Re-parses every file with other parse options, as a project property change does.</summary>
    public IncrementalReplay WithParseOptions(string description, Func<CSharpParseOptions, CSharpParseOptions> change)
    {
        return Apply(description, compilation =>
        {
            var result = compilation;
            foreach (var tree in compilation.SyntaxTrees)
            {
                var options = change((CSharpParseOptions)tree.Options);
                result = result.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(tree.GetText(), options, tree.FilePath));
            }

            return result;
        });
    }

    /// <summary>The text of the generated file with the hint name, as the incremental run produced it.</summary>
    public string Generated(string hintName)
    {
        var source = LastRun.GeneratedSources.SingleOrDefault(s => s.HintName == hintName);
        Assert.True(source.SourceText is not null, $"No generated file named {hintName}; generated: {string.Join(", ", HintNames())}");
        return source.SourceText!.ToString();
    }

    public IReadOnlyList<string> HintNames()
    {
        return LastRun.GeneratedSources.Select(s => s.HintName).OrderBy(name => name, StringComparer.Ordinal).ToList();
    }

    /// <summary>The distinct reasons that the named step's outputs have in the last incremental run.</summary>
    public IncrementalStepRunReason[] Reasons(string stepName)
    {
        return LastRun.TrackedSteps[stepName].SelectMany(step => step.Outputs).Select(output => output.Reason).Distinct().ToArray();
    }

    private static GeneratorDriver CreateDriver(Compilation compilation)
    {
        return CSharpGeneratorDriver.Create(
            new[] { new CsbEventGenerator().AsSourceGenerator() },
            parseOptions: (CSharpParseOptions)compilation.SyntaxTrees.First().Options,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
    }

    private static SyntaxTree Tree(Compilation compilation, string path)
    {
        var tree = compilation.SyntaxTrees.SingleOrDefault(t => t.FilePath == path);
        Assert.True(tree is not null, $"No file named {path}; files: {string.Join(", ", compilation.SyntaxTrees.Select(t => t.FilePath))}");
        return tree!;
    }

    /// <summary>A generator that throws is reported as warning CS8785 and its files are dropped.</summary>
    private static void AssertNoGeneratorException(GeneratorDriverRunResult result, string description)
    {
        var run = result.Results.Single();
        Assert.True(run.Exception is null, $"After '{description}' the generator threw: {run.Exception}");
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "CS8785");
    }

    private static List<(string HintName, string Text)> Files(GeneratorDriverRunResult result)
    {
        return result.Results.Single().GeneratedSources
            .Select(s => (s.HintName, s.SourceText.ToString()))
            .OrderBy(file => file.HintName, StringComparer.Ordinal)
            .ToList();
    }

    private static string Difference(List<(string HintName, string Text)> fresh, List<(string HintName, string Text)> incremental)
    {
        var lines = new List<string>();
        foreach (var name in fresh.Select(f => f.HintName).Union(incremental.Select(f => f.HintName)).OrderBy(n => n, StringComparer.Ordinal))
        {
            var expected = fresh.SingleOrDefault(f => f.HintName == name).Text;
            var actual = incremental.SingleOrDefault(f => f.HintName == name).Text;
            if (expected == actual)
            {
                continue;
            }

            if (expected is null || actual is null)
            {
                lines.Add($"{name}: only the {(expected is null ? "incremental" : "fresh")} run has it");
                continue;
            }

            var expectedLines = expected.Split('\n');
            var actualLines = actual.Split('\n');
            var first = Enumerable.Range(0, Math.Min(expectedLines.Length, actualLines.Length)).FirstOrDefault(i => expectedLines[i] != actualLines[i]);
            lines.Add($"{name}, line {first + 1}:\n  fresh:       {expectedLines.ElementAtOrDefault(first)}\n  incremental: {actualLines.ElementAtOrDefault(first)}");
        }

        return string.Join("\n", lines);
    }
}
