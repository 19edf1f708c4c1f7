using System;
using System.Globalization;
using Microsoft.CodeAnalysis;

namespace CsbGenerators.Benchmarks.Generation;

/// <summary>
/// Runs CsbGenerators' generator on the benchmark workload in a plain loop, for a profiler to sample:
/// <c>--profile-generator cold N</c> runs N cold runs, and <c>--profile-generator edit N</c> runs N re-runs after
/// a method-body edit. BenchmarkDotNet's own process switching would split such a trace across processes.
/// </summary>
public static class GeneratorProfileLoop
{
    public const string Switch = "--profile-generator";

    /// <summary>Runs the loop that <paramref name="mode"/> and <paramref name="countText"/> name, and returns the exit code.</summary>
    public static int Run(string mode, string countText)
    {
        if (!int.TryParse(countText, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 1)
        {
            Console.Error.WriteLine($"Invalid run count '{countText}': pass a positive whole number, as in {Switch} edit 120.");
            return 2;
        }

        var workload = GeneratorWorkload.Create(GeneratorBenchmarks.TypeCount);
        var generator = GeneratorWorkload.CsbGenerator();
        switch (mode)
        {
            case "cold":
                for (var i = 0; i < count; i++)
                {
                    workload.CreateDriver(generator).RunGenerators(workload.Compilation.Clone());
                }

                return 0;
            case "edit":
                var warm = workload.CreateDriver(generator).RunGenerators(workload.Compilation.Clone());
                for (var i = 0; i < count; i++)
                {
                    warm.RunGenerators(workload.WithUnrelatedEdit());
                }

                return 0;
            default:
                Console.Error.WriteLine($"Invalid mode '{mode}': pass cold or edit, as in {Switch} edit 120.");
                return 2;
        }
    }
}
