using System.Collections.Immutable;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CsbGenerators.Benchmarks.Generation;

/// <summary>
/// Runs each generator in-process through <see cref="GeneratorDriver"/> on 1,000 event types: cold, on a
/// compilation whose symbols are not bound yet, and again on a driver that already ran once, after an edit
/// inside a method body of an unrelated file and after a method was added to it.
/// <see cref="MemberBindingGenerator"/> shows the least that a ForAttributeWithMetadataName generator reading
/// members can take, and <see cref="CachedOutputGenerator"/> the least that a re-run keeping 1,000 files can take.
/// </summary>
[MemoryDiagnoser]

// One operation takes from a tenth of a second to seconds, so the full run caps the iterations to stay bounded.
// Thirty warmups let tiered JIT compile the driver's and each generator's code, as in the long-lived compiler
// server and IDE processes that run generators. With few warmups, a re-run measures the JIT instead.
[WarmupCount(30)]
[MinIterationCount(5)]
[MaxIterationCount(15)]
public class GeneratorBenchmarks
{
    public const int TypeCount = 1_000;

    private GeneratorWorkload _workload = null!;
    private ISourceGenerator _csbGenerator = null!;
    private ISourceGenerator _jsonGenerator = null!;
    private ISourceGenerator _bindingGenerator = null!;
    private ISourceGenerator _outputGenerator = null!;
    private GeneratorDriver _csbWarmDriver = null!;
    private GeneratorDriver _jsonWarmDriver = null!;
    private GeneratorDriver _bindingWarmDriver = null!;
    private GeneratorDriver _outputWarmDriver = null!;
    private CSharpCompilation _input = null!;

    [GlobalSetup]
    public void Setup()
    {
        _workload = GeneratorWorkload.Create(TypeCount);
        _csbGenerator = GeneratorWorkload.CsbGenerator();
        _jsonGenerator = GeneratorWorkload.SystemTextJsonGenerator();
        _bindingGenerator = new MemberBindingGenerator().AsSourceGenerator();
        _csbWarmDriver = _workload.CreateDriver(_csbGenerator).RunGenerators(_workload.Compilation.Clone());
        _jsonWarmDriver = _workload.CreateDriver(_jsonGenerator).RunGenerators(_workload.Compilation.Clone());
        _bindingWarmDriver = _workload.CreateDriver(_bindingGenerator).RunGenerators(_workload.Compilation.Clone());
        var hintNames = _csbWarmDriver.GetRunResult().Results.Single().GeneratedSources.Select(source => source.HintName).ToImmutableArray();
        _outputGenerator = new CachedOutputGenerator(hintNames).AsSourceGenerator();
        _outputWarmDriver = _workload.CreateDriver(_outputGenerator).RunGenerators(_workload.Compilation.Clone());
    }

    /// <summary>A compilation with no bound symbols, so each cold run binds what it reads, as in a fresh build.</summary>
    [IterationSetup(Targets = new[] { nameof(CsbCold), nameof(SystemTextJsonCold), nameof(MemberBindingCold) })]
    public void FreshCompilation() => _input = _workload.Compilation.Clone();

    /// <summary>The compilation after a method-body edit in the unrelated file; the drivers ran on the one before it.</summary>
    [IterationSetup(Targets = new[] { nameof(CsbAfterUnrelatedEdit), nameof(SystemTextJsonAfterUnrelatedEdit), nameof(MemberBindingAfterUnrelatedEdit), nameof(CachedOutputsAfterUnrelatedEdit) })]
    public void EditedCompilation() => _input = _workload.WithUnrelatedEdit();

    /// <summary>The compilation after a method was added to the unrelated file; the drivers ran on the one before it.</summary>
    [IterationSetup(Targets = new[] { nameof(CsbAfterDeclarationEdit), nameof(SystemTextJsonAfterDeclarationEdit), nameof(MemberBindingAfterDeclarationEdit) })]
    public void DeclarationEditedCompilation() => _input = _workload.WithUnrelatedDeclarationEdit();

    [Benchmark(Baseline = true)]
    public GeneratorDriver CsbCold() => _workload.CreateDriver(_csbGenerator).RunGenerators(_input);

    [Benchmark]
    public GeneratorDriver SystemTextJsonCold() => _workload.CreateDriver(_jsonGenerator).RunGenerators(_input);

    [Benchmark]
    public GeneratorDriver CsbAfterUnrelatedEdit() => _csbWarmDriver.RunGenerators(_input);

    [Benchmark]
    public GeneratorDriver SystemTextJsonAfterUnrelatedEdit() => _jsonWarmDriver.RunGenerators(_input);

    [Benchmark]
    public GeneratorDriver CsbAfterDeclarationEdit() => _csbWarmDriver.RunGenerators(_input);

    [Benchmark]
    public GeneratorDriver SystemTextJsonAfterDeclarationEdit() => _jsonWarmDriver.RunGenerators(_input);

    [Benchmark]
    public GeneratorDriver MemberBindingCold() => _workload.CreateDriver(_bindingGenerator).RunGenerators(_input);

    [Benchmark]
    public GeneratorDriver MemberBindingAfterUnrelatedEdit() => _bindingWarmDriver.RunGenerators(_input);

    [Benchmark]
    public GeneratorDriver MemberBindingAfterDeclarationEdit() => _bindingWarmDriver.RunGenerators(_input);

    /// <summary>Roslyn's own work on a re-run that keeps 1,000 files with CsbGenerators' hint names, and nothing else.</summary>
    [Benchmark]
    public GeneratorDriver CachedOutputsAfterUnrelatedEdit() => _outputWarmDriver.RunGenerators(_input);
}
