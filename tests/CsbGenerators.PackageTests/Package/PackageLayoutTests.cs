using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Text;
using System.Xml.Linq;
using CsbGenerators.PackageTests.Infrastructure;
using Xunit;

namespace CsbGenerators.PackageTests.Package;

/// <summary>Contents and manifests of the packed .nupkg and .snupkg.</summary>
[Collection(PackageFeedCollection.Name)]
public sealed class PackageLayoutTests(PackageFeedFixture feed)
{
    /// <summary>Kind of the portable PDB record that contains the Source Link JSON.</summary>
    private static readonly Guid SourceLinkKind = new("CC110556-A091-4D38-9FEC-25AB9A351A6A");

    [Fact]
    public void Package_Assemblies_AreInLibAndAnalyzers()
    {
        using var package = ZipFile.OpenRead(feed.PackagePath);
        var assemblies = package.Entries.Select(entry => entry.FullName).Where(name => name.EndsWith(".dll", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

        Assert.Equal(ExpectedAssemblies().Order(StringComparer.Ordinal), assemblies);
    }

    [Fact]
    public void Package_Manifest_HasMetadata()
    {
        var metadata = ReadManifest(feed.PackagePath);

        Assert.Equal("CsbGenerators", Value(metadata, "id"));
        Assert.Equal(feed.PackageVersion, Value(metadata, "version"));
        Assert.Equal("MIT", Value(metadata, "license"));
        Assert.Equal("expression", Child(metadata, "license").Attribute("type")?.Value);
        Assert.Equal("README.md", Value(metadata, "readme"));
        Assert.Null(metadata.Elements().SingleOrDefault(element => element.Name.LocalName == "developmentDependency"));

        var repository = Child(metadata, "repository");
        Assert.Equal("git", repository.Attribute("type")?.Value);
        Assert.StartsWith("https://github.com/", repository.Attribute("url")?.Value, StringComparison.Ordinal);
        Assert.Matches("^[0-9a-f]{40}$", repository.Attribute("commit")?.Value ?? string.Empty);
    }

    [Fact]
    public void Package_Dependencies_ExcludeRoslyn()
    {
        var metadata = ReadManifest(feed.PackagePath);
        var dependencies = metadata.Descendants().Where(element => element.Name.LocalName == "dependency").Select(element => element.Attribute("id")!.Value).ToList();

        Assert.Contains("Microsoft.Extensions.Logging.Abstractions", dependencies);
        Assert.Contains("System.Text.Json", dependencies);
        Assert.DoesNotContain(dependencies, id => id.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal));
        Assert.DoesNotContain(dependencies, id => id.StartsWith("CsbGenerators", StringComparison.Ordinal));
    }

    [Fact]
    public void Package_Readme_IsPackageReadme()
    {
        using var package = ZipFile.OpenRead(feed.PackagePath);
        var readme = ReadText(package, "README.md");
        var source = File.ReadAllText(Path.Combine(TestSettings.RepositoryRoot, "docs", "package-readme.md"));

        Assert.Equal(source, readme);
    }

    [Theory]
    [InlineData("lib/netstandard2.0/CsbGenerators.pdb")]
    [InlineData("lib/net8.0/CsbGenerators.pdb")]
    public void SymbolsPackage_Pdb_HasSourceLink(string pdbPath)
    {
        using var symbols = ZipFile.OpenRead(feed.SymbolsPackagePath);
        var entry = symbols.GetEntry(pdbPath);
        Assert.True(entry is not null, $"{feed.SymbolsPackagePath} has no {pdbPath}.");

        using var pdb = new MemoryStream();
        using (var stream = entry.Open())
        {
            stream.CopyTo(pdb);
        }

        pdb.Position = 0;
        using var provider = MetadataReaderProvider.FromPortablePdbStream(pdb);
        var reader = provider.GetMetadataReader();
        var sourceLink = reader.CustomDebugInformation
            .Select(reader.GetCustomDebugInformation)
            .Where(information => reader.GetGuid(information.Kind) == SourceLinkKind)
            .Select(information => Encoding.UTF8.GetString(reader.GetBlobBytes(information.Value)))
            .SingleOrDefault();

        Assert.NotNull(sourceLink);
        Assert.Matches("\"https://raw\\.githubusercontent\\.com/[^\"]+/[0-9a-f]{40}/\\*\"", sourceLink);
    }

    /// <summary>The runtime library for both frameworks, and every analyzer project of the repository.</summary>
    private static IEnumerable<string> ExpectedAssemblies()
    {
        yield return "lib/netstandard2.0/CsbGenerators.dll";
        yield return "lib/net8.0/CsbGenerators.dll";
        yield return "analyzers/dotnet/cs/CsbGenerators.SourceGeneration.dll";
        if (File.Exists(Path.Combine(TestSettings.RepositoryRoot, "src", "CsbGenerators.CodeFixers", "CsbGenerators.CodeFixers.csproj")))
        {
            yield return "analyzers/dotnet/cs/CsbGenerators.CodeFixers.dll";
        }
    }

    private static XElement ReadManifest(string packagePath)
    {
        using var package = ZipFile.OpenRead(packagePath);
        var document = XDocument.Parse(ReadText(package, "CsbGenerators.nuspec"));
        return Child(document.Root!, "metadata");
    }

    private static string ReadText(ZipArchive package, string entryName)
    {
        var entry = package.GetEntry(entryName) ?? throw new InvalidOperationException($"The package has no {entryName}.");
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }

    private static XElement Child(XElement parent, string localName)
    {
        return parent.Elements().SingleOrDefault(element => element.Name.LocalName == localName)
            ?? throw new InvalidOperationException($"<{parent.Name.LocalName}> has no <{localName}>.");
    }

    private static string Value(XElement parent, string localName) => Child(parent, localName).Value;
}
