using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CsbGenerators.Benchmarks.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CsbGenerators.Benchmarks.Generation;

/// <summary>
/// Compiles the 1,000 event types with their generated serializers, and runs CsbGenerators' analyzers on the
/// same compilation. The analyzers' own time comes from <see cref="CompilationWithAnalyzers.GetAnalyzerTelemetryInfoAsync"/>,
/// after the compiler's own binding; its share of <see cref="Compile"/> is the figure.
/// </summary>
/// <remarks>The telemetry is wall-clock time inside the analyzers' callbacks, so on a busy machine it includes preemption.</remarks>
[MemoryDiagnoser]

// One operation takes from a tenth of a second to seconds, so the full run caps the iterations to stay bounded.
[MinWarmupCount(2)]
[MaxWarmupCount(5)]
[MinIterationCount(5)]
[MaxIterationCount(15)]
[Config(typeof(AnalyzerTimeConfig))]
public class AnalyzerBenchmarks
{
    public const string AnalyzerMillisecondsMetric = "analyzer-ms";
    private const string Key = nameof(AnalyzerBenchmarks) + "." + nameof(Analyze);

    private Compilation _generated = null!;
    private ImmutableArray<DiagnosticAnalyzer> _analyzers;
    private Compilation _input = null!;

    [GlobalSetup]
    public void Setup()
    {
        var workload = GeneratorWorkload.Create(GeneratorBenchmarks.TypeCount, withJsonContext: false);
        workload.CreateDriver(GeneratorWorkload.CsbGenerator()).RunGeneratorsAndUpdateCompilation(workload.Compilation, out _generated, out _);
        _analyzers = GeneratorWorkload.CsbAnalyzers();
        if (_analyzers.IsEmpty)
        {
            Console.WriteLine("// CsbGenerators.SourceGeneration contains no analyzers; Analyze measures nothing.");
        }
    }

    /// <summary>A compilation with no bound symbols, so each run binds everything, as a fresh build does.</summary>
    [IterationSetup]
    public void FreshCompilation() => _input = _generated.Clone();

    /// <summary>Emits the assembly: binding, flow analysis, diagnostics and code generation.</summary>
    [Benchmark(Baseline = true)]
    public long Compile()
    {
        using var output = new MemoryStream();
        var result = _input.Emit(output);
        if (!result.Success)
        {
            throw new InvalidOperationException("The workload does not compile: " + string.Join(Environment.NewLine, result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5)));
        }

        return output.Length;
    }

    /// <summary>Binds the compilation, runs the analyzers on one thread and records their execution time from the analyzer telemetry.</summary>
    [Benchmark]
    public int Analyze()
    {
        if (_analyzers.IsEmpty)
        {
            return 0;
        }

        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: null,
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: true);
        var withAnalyzers = _input.WithAnalyzers(_analyzers, options);

        // A build binds every declaration before its analyzers see it; without this step the telemetry would
        // charge that binding to whichever analyzer touches a symbol first.
        withAnalyzers.Compilation.GetDiagnostics(CancellationToken.None);
        var diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
        if (!diagnostics.IsEmpty)
        {
            throw new InvalidOperationException("The analyzers report problems in the workload, which should have none: " + string.Join(Environment.NewLine, diagnostics.Take(5)));
        }

        var total = TimeSpan.Zero;
        foreach (var analyzer in _analyzers)
        {
            total += withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).GetAwaiter().GetResult().ExecutionTime;
        }

        SideMeasurements.Record(Key, AnalyzerMillisecondsMetric, total.TotalMilliseconds);
        return diagnostics.Length;
    }

    /// <summary>Adds the analyzers' own execution time to the summary.</summary>
    private sealed class AnalyzerTimeConfig : ManualConfig
    {
        public AnalyzerTimeConfig()
        {
            AddColumn(new MedianColumn(AnalyzerMillisecondsMetric, "Analyzer ms", "F1", "Analyzer execution time from the analyzer telemetry, in milliseconds (median)"));
        }
    }
}
