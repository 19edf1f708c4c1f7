using System;
using System.Threading.Tasks;
using CsbGenerators.PackageTests.Infrastructure;
using Xunit;

namespace CsbGenerators.PackageTests.Consumers;

/// <summary>
/// An app that gets the package only through a library's project reference builds without duplicate
/// types: the generator runs in both projects, each for its own event types.
/// </summary>
[Collection(PackageFeedCollection.Name)]
public sealed class ReferenceChainTests(PackageFeedFixture feed)
{
    [Fact]
    public async Task ReferenceChain_AppAndLibraryEvents_BuildAndSerialize()
    {
        var workspace = ConsumerWorkspace.Create(feed, "reference-chain");
        workspace.CopyTemplate("ReferenceChain", string.Empty);

        var build = await workspace.BuildAsync("App/App.csproj");
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Empty(BuildDiagnostic.Parse(build.Output));

        var run = await workspace.RunAsync("App/bin/Release/net10.0/App.dll");
        Assert.True(run.ExitCode == 0, run.ToString());

        var context = $"\"messageId\":\"3f2504e0-4f89-11d3-9a0c-0305e82c3301\",\"timestamp\":\"2026-03-10T12:00:00.000Z\",\"context\":{{\"library\":{{\"name\":\"CsbGenerators\",\"version\":\"{feed.PackageVersion}\"}}}}";
        var expected = string.Join(
            Environment.NewLine,
            $"{{\"type\":\"identify\",\"userId\":\"john.doe@company.com\",{context},\"traits\":{{\"account_id\":\"12345678\",\"user_id\":\"john.doe@company.com\",\"plan\":\"Team\"}}}}",
            $"{{\"type\":\"group\",\"anonymousId\":\"12345678\",\"groupId\":\"12345678\",{context},\"traits\":{{\"account_id\":\"12345678\",\"name\":\"ABC Group\"}}}}",
            $"{{\"type\":\"track\",\"event\":\"Order Received\",\"userId\":\"john.doe@company.com\",{context},\"properties\":{{\"account_id\":\"12345678\",\"user_id\":\"john.doe@company.com\",\"cost\":\"$120.00\",\"product_id\":\"Shop\",\"module_id\":\"Orders\"}}}}",
            string.Empty);
        Assert.Equal(expected, run.Output);
    }
}
