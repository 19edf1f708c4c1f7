using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace CsbGenerators.Benchmarks.Infrastructure;

/// <summary>The parts every numeric summary column of this project shares; subclasses compute the value.</summary>
public abstract class CustomColumn : IColumn
{
    protected CustomColumn(string id, string header, string legend)
    {
        Id = id;
        ColumnName = header;
        Legend = legend;
    }

    public string Id { get; }

    public string ColumnName { get; }

    public string Legend { get; }

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    /// <summary>The cell text, or "-" when the benchmark has no such value.</summary>
    public abstract string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style);

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
