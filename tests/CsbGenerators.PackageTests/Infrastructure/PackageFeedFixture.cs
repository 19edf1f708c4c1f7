using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace CsbGenerators.PackageTests.Infrastructure;

/// <summary>
/// Packs src/CsbGenerators once per test run into a local folder feed under a new temporary directory,
/// and gives every consumer project of the run one packages folder of its own there. A package that an
/// earlier run or another project left in a NuGet cache can therefore never be restored.
/// </summary>
/// <remarks>
/// The pack builds into its own artifacts folder, so it never shares bin/ or obj/ with the build of the
/// solution that may still be running beside the tests.
/// </remarks>
public sealed class PackageFeedFixture : IAsyncLifetime
{
    private static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(5);

    public PackageFeedFixture()
    {
        RootDirectory = Path.Combine(Path.GetTempPath(), "csb-package-tests-" + Guid.NewGuid().ToString("N")[..12]);
        FeedDirectory = Path.Combine(RootDirectory, "feed");
        PackagesDirectory = Path.Combine(RootDirectory, "packages");
        PackageVersion = TestSettings.PackageVersion;
        PackagePath = Path.Combine(FeedDirectory, $"CsbGenerators.{PackageVersion}.nupkg");
    }

    /// <summary>The temporary directory that contains the feed, the packages folder and the consumer projects.</summary>
    public string RootDirectory { get; }

    public string FeedDirectory { get; }

    /// <summary>The NuGet global packages folder of every consumer project of this run.</summary>
    public string PackagesDirectory { get; }

    public string PackageVersion { get; }

    /// <summary>The packed .nupkg file.</summary>
    public string PackagePath { get; }

    /// <summary>The symbols package that the pack writes beside <see cref="PackagePath"/>.</summary>
    public string SymbolsPackagePath => Path.ChangeExtension(PackagePath, ".snupkg");

    /// <summary>Variables that point NuGet at <see cref="PackagesDirectory"/> even where the machine sets NUGET_PACKAGES.</summary>
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        ["NUGET_PACKAGES"] = PackagesDirectory,
    };

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(FeedDirectory);
        Directory.CreateDirectory(PackagesDirectory);

        var project = Path.Combine(TestSettings.RepositoryRoot, "src", "CsbGenerators", "CsbGenerators.csproj");
        var result = await Command.DotnetAsync(
            RootDirectory,
            ["pack", project, "-c", TestSettings.Configuration, "-o", FeedDirectory, "--artifacts-path", Path.Combine(RootDirectory, "pack-build"), "-nodeReuse:false"],
            PackTimeout);
        if (result.ExitCode != 0 || !File.Exists(PackagePath))
        {
            throw new InvalidOperationException($"Packing CsbGenerators into {FeedDirectory} failed, so no consumer test can run. {result}");
        }
    }

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(RootDirectory, recursive: true);
        }
        catch (IOException)
        {
            // NOTE: a build server may still hold a file open for a moment; the directory is under the
            // system's temporary folder, which the system cleans.
        }

        return Task.CompletedTask;
    }

    /// <summary>Reads the feed that NuGet restored CsbGenerators from into <see cref="PackagesDirectory"/>.</summary>
    /// <exception cref="FileNotFoundException">No consumer project has restored the package yet.</exception>
    public string ReadRestoredPackageSource()
    {
        var metadataPath = Path.Combine(PackagesDirectory, "csbgenerators", PackageVersion.ToLowerInvariant(), ".nupkg.metadata");
        using var metadata = JsonDocument.Parse(File.ReadAllText(metadataPath));
        return metadata.RootElement.GetProperty("source").GetString() ?? string.Empty;
    }
}

/// <summary>The consumer tests share one packed feed and run one after another, since each runs a build.</summary>
[CollectionDefinition(Name)]
public sealed class PackageFeedCollection : ICollectionFixture<PackageFeedFixture>
{
    public const string Name = "Package feed";
}
