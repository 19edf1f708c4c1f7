using System.Globalization;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace CsbGenerators.Benchmarks.Infrastructure;

/// <summary>A summary column with the median of a <see cref="SideMeasurements"/> metric for each benchmark method.</summary>
public sealed class MedianColumn : CustomColumn
{
    private readonly string _metric;
    private readonly string _format;

    public MedianColumn(string metric, string header, string format, string legend)
        : base(nameof(MedianColumn) + "." + metric, header, legend)
    {
        _metric = metric;
        _format = format;
    }

    /// <summary>The key under which the benchmark process records values for <paramref name="benchmarkCase"/>: type and method name.</summary>
    public static string KeyOf(BenchmarkCase benchmarkCase) =>
        benchmarkCase.Descriptor.Type.Name + "." + benchmarkCase.Descriptor.WorkloadMethod.Name;

    public override string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var median = SideMeasurements.Median(KeyOf(benchmarkCase), _metric);
        return median is null ? "-" : median.Value.ToString(_format, CultureInfo.InvariantCulture);
    }
}
