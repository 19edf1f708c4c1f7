using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace CsbGenerators.SourceGeneration.Tests.Infrastructure;

/// <summary>The framework a consumer compilation targets, which picks its reference assemblies and runtime library build.</summary>
public enum ConsumerTarget
{
    /// <summary>The framework the tests run on, with the runtime library's net8.0 build.</summary>
    Current,

    /// <summary>The net8.0 reference assemblies, with the runtime library's net8.0 build.</summary>
    Net80,

    /// <summary>
    /// The netstandard2.0 reference assemblies, with the System.Text.Json and System.Collections.Immutable packages
    /// and the runtime library's netstandard2.0 build.
    /// </summary>
    NetStandard20,
}

/// <summary>Resolves, once per target, the metadata references that a consumer compilation uses.</summary>
internal static class ConsumerReferences
{
    private static readonly ConcurrentDictionary<ConsumerTarget, Lazy<ImmutableArray<MetadataReference>>> Cache = new();

    public static ImmutableArray<MetadataReference> For(ConsumerTarget target)
    {
        return Cache.GetOrAdd(target, t => new Lazy<ImmutableArray<MetadataReference>>(() => Load(t), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
    }

    private static ImmutableArray<MetadataReference> Load(ConsumerTarget target)
    {
        switch (target)
        {
            case ConsumerTarget.Net80:
                return Resolve(ReferenceAssemblies.Net.Net80).Append(RuntimeLibrary(typeof(CsbTrackAttribute).Assembly.Location)).ToImmutableArray();
            case ConsumerTarget.NetStandard20:
                // Versions that this repository's own restore puts in the global packages folder: the runtime
                // library's netstandard2.0 build uses System.Text.Json 8.0.6, and Roslyn 4.8 uses
                // System.Collections.Immutable 7.0.0. NOTE: with Microsoft.CodeAnalysis.Testing 1.1.4, a package
                // that the resolver had to download was missing from the references for the whole test run, so the
                // versions must be ones a restore has already installed.
                var packages = ImmutableArray.Create(
                    new PackageIdentity("System.Text.Json", "8.0.6"),
                    new PackageIdentity("System.Collections.Immutable", "7.0.0"));
                return Resolve(ReferenceAssemblies.NetStandard.NetStandard20.AddPackages(packages)).Append(RuntimeLibrary(NetStandardRuntimeLibraryPath())).ToImmutableArray();
            default:
                return CurrentFramework().Append(RuntimeLibrary(typeof(CsbTrackAttribute).Assembly.Location)).ToImmutableArray();
        }
    }

    private static ImmutableArray<MetadataReference> Resolve(ReferenceAssemblies assemblies)
    {
        return assemblies.ResolveAsync(LanguageNames.CSharp, CancellationToken.None).GetAwaiter().GetResult();
    }

    private static ImmutableArray<MetadataReference> CurrentFramework()
    {
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return trusted
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal)
                || Path.GetFileName(path) is "mscorlib.dll" or "netstandard.dll")
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }

    private static MetadataReference RuntimeLibrary(string path) => MetadataReference.CreateFromFile(path);

    /// <summary>The path the test project records at build time; the project reference builds that file first.</summary>
    private static string NetStandardRuntimeLibraryPath()
    {
        var path = typeof(ConsumerReferences).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "NetStandardRuntimeLibrary").Value!;
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The runtime library's netstandard2.0 build is missing at {path}; build the test project, which builds it first.", path);
        }

        return path;
    }
}
