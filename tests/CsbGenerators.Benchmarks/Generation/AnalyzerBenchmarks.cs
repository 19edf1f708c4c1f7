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
/// which leaves out the binding that the compiler does anyway; its share of <see cref="Compile"/> is the figure.
/// </summary>
[MemoryDiagnoser]
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

    /// <summary>Runs the analyzers on one thread and records their execution time from the analyzer telemetry.</summary>
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
        var diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();

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
