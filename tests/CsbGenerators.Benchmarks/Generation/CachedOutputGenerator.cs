using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace CsbGenerators.Benchmarks.Generation;

/// <summary>
/// A reference point for re-runs: it adds one tiny file per hint name from an input that no edit changes,
/// so a re-run does nothing but Roslyn's own work for the outputs it keeps. It emits the same hint names as
/// CsbGenerators on the workload, because Roslyn's cost per kept file depends on the names.
/// </summary>
/// <remarks>The benchmarks create it directly; it carries no <c>[Generator]</c> attribute, because no build should load it.</remarks>
public sealed class CachedOutputGenerator : IIncrementalGenerator
{
    private readonly ImmutableArray<string> _hintNames;

    public CachedOutputGenerator(ImmutableArray<string> hintNames)
    {
        _hintNames = hintNames;
    }

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var hintNames = _hintNames;

        // The tree count changes only when a file is added or removed, so every edit in the benchmarks leaves it equal.
        var names = context.CompilationProvider
            .Select(static (compilation, _) => compilation.SyntaxTrees.Count())
            .SelectMany((_, _) => hintNames);
        context.RegisterSourceOutput(names, static (output, hintName) => output.AddSource(hintName, "// A kept file.\n"));
    }
}
