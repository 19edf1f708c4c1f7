using System.IO;
using System.Threading.Tasks;
using CsbGenerators.PackageTests.Infrastructure;
using Xunit;

namespace CsbGenerators.PackageTests.Consumers;

/// <summary>
/// The QuickStart sample's source files, built as a fresh app against the packed package, must print what
/// the sample built from the repository's projects prints: the same requests and the same bodies.
/// </summary>
[Collection(PackageFeedCollection.Name)]
public sealed class SampleAppTests(PackageFeedFixture feed)
{
    [Fact]
    public async Task SampleApp_FromPackage_PrintsSampleOutput()
    {
        var workspace = ConsumerWorkspace.Create(feed, "sample-app");
        workspace.CopyTemplate("SampleApp", "SampleApp");

        var build = await workspace.BuildAsync("SampleApp/SampleApp.csproj");
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Equal(feed.FeedDirectory, Path.TrimEndingDirectorySeparator(feed.ReadRestoredPackageSource()));

        var fromPackage = await workspace.RunAsync("SampleApp/bin/Release/net10.0/SampleApp.dll", "--stable-output");
        var fromProjects = await workspace.RunAsync(TestSettings.SampleAssembly, "--stable-output");

        Assert.True(fromProjects.ExitCode == 0, fromProjects.ToString());
        Assert.True(fromPackage.ExitCode == 0, fromPackage.ToString());
        Assert.Contains("\"type\":\"track\",\"event\":\"Order Received\"", fromProjects.Output, System.StringComparison.Ordinal);
        Assert.Contains("POST /api/v1_1/feature -> 200", fromProjects.Output, System.StringComparison.Ordinal);
        Assert.Equal(fromProjects.Output, fromPackage.Output);
    }
}
