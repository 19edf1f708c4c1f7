using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using CsbGenerators.PackageTests.Infrastructure;
using Xunit;

namespace CsbGenerators.PackageTests.Consumers;

/// <summary>A netstandard2.0 class library on C# 7.3 builds with the package, and the generator runs in it.</summary>
[Collection(PackageFeedCollection.Name)]
public sealed class LegacyLibraryTests(PackageFeedFixture feed)
{
    [Fact]
    public async Task LegacyLibrary_CSharp73_BuildsWithGeneratedSerializer()
    {
        var workspace = ConsumerWorkspace.Create(feed, "legacy-library");
        workspace.CopyTemplate("LegacyLibrary", "LegacyLibrary");

        var build = await workspace.BuildAsync("LegacyLibrary/LegacyLibrary.csproj");

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Empty(BuildDiagnostic.Parse(build.Output));

        var generatedFolder = Path.Combine(workspace.Directory, "LegacyLibrary", "obj", "Release", "netstandard2.0", "generated", "CsbGenerators.SourceGeneration");
        Assert.True(Directory.Exists(generatedFolder), $"The generator from the package wrote nothing: {generatedFolder} is missing.");
        var generated = Directory.EnumerateFiles(generatedFolder, "*.cs", SearchOption.AllDirectories).Select(File.ReadAllText).ToList();
        var source = Assert.Single(generated, text => text.Contains("partial class ReportExported", StringComparison.Ordinal));
        Assert.DoesNotContain("#nullable", source, StringComparison.Ordinal);
    }
}
