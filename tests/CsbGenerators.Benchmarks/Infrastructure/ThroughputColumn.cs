using System.Globalization;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using CsbGenerators.Benchmarks.Payloads;

namespace CsbGenerators.Benchmarks.Infrastructure;

/// <summary>Output megabytes per second of a serializer benchmark: the message's UTF-8 size over the median time.</summary>
public sealed class ThroughputColumn : CustomColumn
{
    public ThroughputColumn()
        : base(nameof(ThroughputColumn), "MB/s", "Message bytes written per second, in millions, from the median time")
    {
    }

    public override string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var statistics = summary[benchmarkCase]?.ResultStatistics;
        if (statistics is null || benchmarkCase.Parameters["Payload"] is not PayloadKind kind)
        {
            return "-";
        }

        var megabytesPerSecond = MessageSize(kind) / statistics.Median * 1e9 / 1e6;
        return megabytesPerSecond.ToString("N0", CultureInfo.InvariantCulture);
    }

    /// <summary>The UTF-8 size of the payload's message, which every serializer writes alike.</summary>
    public static int MessageSize(PayloadKind kind)
    {
        var output = new OutputBuffers();
        PayloadCatalog.Create(kind).WriteGenerated(output, PayloadCatalog.Header);
        return output.Bytes.WrittenCount;
    }
}
