using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Exporters.Csv;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;
using Perfolizer.Metrology;

namespace CsbGenerators.Benchmarks.Infrastructure;

/// <summary>The two ways to run: the full run for the recorded figures, and a short run for a quick look.</summary>
public static class BenchmarkConfig
{
    /// <summary>
    /// Each benchmark in its own process, at most 30 measured iterations. Heavy benchmarks (one generator or
    /// delivery run per iteration) reach that cap on a busy machine, which bounds the whole run.
    /// </summary>
    public static IConfig Full() => Common()
        .AddJob(Job.Default
            .WithMinIterationCount(15)
            .WithMaxIterationCount(30)
            .WithId("Full"));

    /// <summary>
    /// In the host process, so nothing is built per benchmark, with 1 warmup and 3 measured iterations of
    /// 50 ms or one operation, whichever is longer. Took 4 minutes on 2 idle cores; its figures are rough.
    /// </summary>
    public static IConfig Short() => Common()
        .AddJob(Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(3)
            .WithIterationTime(TimeInterval.FromMilliseconds(50))
            .WithId("Short"));

    /// <summary>Results in nanoseconds and bytes without units in the cells, for scripts that read the reports.</summary>
    private static CsvExporter CsvExporter => new(
        CsvSeparator.Comma,
        new SummaryStyle(CultureInfo.InvariantCulture, printUnitsInHeader: true, SizeUnit.B, TimeUnit.Nanosecond, printUnitsInContent: false));

    private static ManualConfig Common()
    {
        var config = ManualConfig.CreateMinimumViable()
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumn(StatisticColumn.Median, StatisticColumn.P95)
            .AddExporter(MarkdownExporter.GitHub, CsvExporter)
            .WithArtifactsPath(RepositoryPaths.Artifacts);
        return config;
    }
}
