using System.IO;
using System.Linq;
using CsbGenerators.PackageTests.Infrastructure;
using Xunit;

namespace CsbGenerators.PackageTests.Consumers;

/// <summary>
/// A test of the analyzer rule that reports an identify, track or page type without a <c>user_id</c>
/// member. It is skipped while the analyzer project's release tracking files do not list the rule,
/// because the packed analyzer assembly cannot report a rule that does not exist yet.
/// </summary>
public sealed class MissingUserIdRuleFactAttribute : FactAttribute
{
    public const string RuleId = "CSB1002";

    public MissingUserIdRuleFactAttribute()
    {
        var project = Path.Combine(TestSettings.RepositoryRoot, "src", "CsbGenerators.SourceGeneration");
        var listed = Directory.Exists(project)
            && Directory.EnumerateFiles(project, "AnalyzerReleases.*.md").Any(file => File.ReadAllText(file).Contains(RuleId, System.StringComparison.Ordinal));
        if (!listed)
        {
            Skip = $"The analyzer assembly has no rule {RuleId} yet: no AnalyzerReleases.*.md in {project} lists it.";
        }
    }
}
