using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using CsbGenerators.PackageTests.Infrastructure;
using Xunit;

namespace CsbGenerators.PackageTests.Consumers;

/// <summary>
/// The analyzer in the package reports a track type without a <c>user_id</c> member as an error in
/// <c>dotnet build</c>, at the type's name, and an .editorconfig can lower the rule to a warning.
/// </summary>
[Collection(PackageFeedCollection.Name)]
public sealed class MissingUserIdTests(PackageFeedFixture feed)
{
    private const string EventFile = "ReportExported.cs";

    [MissingUserIdRuleFact]
    public async Task MissingUserId_Build_FailsWithRuleError()
    {
        var workspace = ConsumerWorkspace.Create(feed, "missing-user-id");
        workspace.CopyTemplate("MissingUserId", "App");

        var build = await workspace.BuildAsync("App/MissingUserId.csproj");

        Assert.NotEqual(0, build.ExitCode);
        var diagnostic = Assert.Single(BuildDiagnostic.Parse(build.Output));
        AssertAtTypeName(workspace, diagnostic);
        Assert.Equal("error", diagnostic.Severity);
        Assert.Contains("'user_id'", diagnostic.Message, StringComparison.Ordinal);
    }

    [MissingUserIdRuleFact]
    public async Task MissingUserId_EditorConfigWarning_Builds()
    {
        var workspace = ConsumerWorkspace.Create(feed, "missing-user-id-warning");
        workspace.CopyTemplate("MissingUserId", "App");
        File.Move(Path.Combine(workspace.Directory, "App", "warning.editorconfig"), Path.Combine(workspace.Directory, "App", ".editorconfig"));

        // The project keeps warnings as errors; like a user who lowers the rule on purpose, the build
        // exempts this one warning from it.
        var build = await workspace.BuildAsync("App/MissingUserId.csproj", $"-p:WarningsNotAsErrors={MissingUserIdRuleFactAttribute.RuleId}");

        Assert.True(build.ExitCode == 0, build.ToString());
        var diagnostic = Assert.Single(BuildDiagnostic.Parse(build.Output));
        AssertAtTypeName(workspace, diagnostic);
        Assert.Equal("warning", diagnostic.Severity);
    }

    /// <summary>Asserts that <paramref name="diagnostic"/> is the rule's, at the name in the class declaration of the event file.</summary>
    private static void AssertAtTypeName(ConsumerWorkspace workspace, BuildDiagnostic diagnostic)
    {
        var eventPath = Path.Combine(workspace.Directory, "App", EventFile);
        var lines = File.ReadAllLines(eventPath);
        var declarationLine = Array.FindIndex(lines, line => line.Contains("partial class ReportExported", StringComparison.Ordinal));

        Assert.Equal(MissingUserIdRuleFactAttribute.RuleId, diagnostic.Id);
        Assert.Equal(eventPath, diagnostic.File);
        Assert.Equal(declarationLine + 1, diagnostic.Line);
        Assert.Equal(lines[declarationLine].IndexOf("ReportExported", StringComparison.Ordinal) + 1, diagnostic.Column);
    }
}
