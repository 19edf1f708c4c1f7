using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace CsbGenerators.Benchmarks.Infrastructure;

/// <summary>
/// Figures that BenchmarkDotNet does not measure itself, such as CPU time or the allocations of one thread.
/// The benchmark process appends one value per invocation to a file under the artifacts folder, and
/// <see cref="MedianColumn"/> in the host process reads the median back into the summary table.
/// </summary>
public static class SideMeasurements
{
    private static string Folder => Path.Combine(RepositoryPaths.Artifacts, "side-measurements");

    /// <summary>Deletes the values of earlier runs; the host calls it before the benchmarks start.</summary>
    public static void Reset()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }

    /// <summary>Appends a value of <paramref name="metric"/> for the benchmark <paramref name="benchmark"/> (type and method name).</summary>
    public static void Record(string benchmark, string metric, double value)
    {
        Directory.CreateDirectory(Folder);
        File.AppendAllText(PathOf(benchmark, metric), value.ToString("R", CultureInfo.InvariantCulture) + "\n");
    }

    /// <summary>The median of the recorded values, or <see langword="null"/> when none was recorded.</summary>
    public static double? Median(string benchmark, string metric)
    {
        var path = PathOf(benchmark, metric);
        if (!File.Exists(path))
        {
            return null;
        }

        var values = File.ReadAllLines(path)
            .Where(line => line.Length > 0)
            .Select(line => double.Parse(line, CultureInfo.InvariantCulture))
            .Order()
            .ToArray();
        if (values.Length == 0)
        {
            return null;
        }

        var middle = values.Length / 2;
        return values.Length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    private static string PathOf(string benchmark, string metric) => Path.Combine(Folder, $"{benchmark}.{metric}.txt");
}
