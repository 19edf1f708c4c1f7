using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Running;
using CsbGenerators.Benchmarks.Generation;
using CsbGenerators.Benchmarks.Infrastructure;

namespace CsbGenerators.Benchmarks;

/// <summary>
/// Runs the benchmarks: <c>dotnet run -c Release --project tests/CsbGenerators.Benchmarks -- [--short] [BenchmarkDotNet options]</c>.
/// Without a <c>--filter</c>, every benchmark runs.
/// </summary>
public static class Program
{
    private const string ShortSwitch = "--short";

    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == GeneratorProfileLoop.Switch)
        {
            return args.Length == 3
                ? GeneratorProfileLoop.Run(args[1], args[2])
                : Usage($"{GeneratorProfileLoop.Switch} takes a mode and a run count, as in {GeneratorProfileLoop.Switch} edit 120.");
        }

        var isShort = args.Contains(ShortSwitch, StringComparer.Ordinal);
        var remaining = new List<string>(args.Where(arg => arg != ShortSwitch));
        if (!remaining.Contains("--filter") && !remaining.Contains("-f") && !remaining.Contains("--list"))
        {
            remaining.AddRange(new[] { "--filter", "*" });
        }

        SideMeasurements.Reset();
        var config = isShort ? BenchmarkConfig.Short() : BenchmarkConfig.Full();
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(remaining.ToArray(), config).ToList();

        var failed = summaries.Where(summary => summary.HasCriticalValidationErrors || summary.Reports.Any(report => !report.Success)).ToList();
        foreach (var summary in failed)
        {
            Console.Error.WriteLine($"Benchmarks failed in {summary.Title}; see {summary.LogFilePath}.");
        }

        return failed.Count == 0 ? 0 : 1;
    }

    private static int Usage(string message)
    {
        Console.Error.WriteLine(message);
        return 2;
    }
}
