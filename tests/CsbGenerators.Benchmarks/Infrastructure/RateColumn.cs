using System.Globalization;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace CsbGenerators.Benchmarks.Infrastructure;

/// <summary>Operations per second from the median time per operation.</summary>
public sealed class RateColumn : CustomColumn
{
    public RateColumn(string header)
        : base(nameof(RateColumn) + "." + header, header, "Operations per second, from the median time per operation")
    {
    }

    public override string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var statistics = summary[benchmarkCase]?.ResultStatistics;
        return statistics is null ? "-" : (1e9 / statistics.Median).ToString("N0", CultureInfo.InvariantCulture);
    }
}
