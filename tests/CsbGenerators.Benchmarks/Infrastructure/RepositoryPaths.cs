using System;
using System.IO;

namespace CsbGenerators.Benchmarks.Infrastructure;

/// <summary>Paths inside the repository, found from wherever BenchmarkDotNet runs the benchmark process.</summary>
public static class RepositoryPaths
{
    private const string SolutionFile = "CsbGenerators.sln";

    /// <summary>The folder that contains CsbGenerators.sln, searched upward from the running assembly and then from the current folder.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>Where BenchmarkDotNet writes its logs and reports; .gitignore keeps it out of git.</summary>
    public static string Artifacts => Path.Combine(Root, "BenchmarkDotNet.Artifacts");

    /// <summary>The local receiver's Release build, which this project's reference to it produces.</summary>
    public static string LocalReceiverDll => Path.Combine(Root, "samples", "CsbGenerators.LocalReceiver", "bin", "Release", "net10.0", "CsbGenerators.LocalReceiver.dll");

    private static string FindRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, SolutionFile)))
                {
                    return directory.FullName;
                }
            }
        }

        throw new InvalidOperationException($"No {SolutionFile} found above {AppContext.BaseDirectory} or {Environment.CurrentDirectory}. Run the benchmarks from inside the repository.");
    }
}
