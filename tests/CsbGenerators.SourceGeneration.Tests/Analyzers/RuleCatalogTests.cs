using System.Collections.Generic;
using System.IO;
using System.Linq;
using CsbGenerators.SourceGeneration.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CsbGenerators.SourceGeneration.Tests.Analyzers;

/// <summary>
/// The rule ids, their default severities and their documentation stay in step: each rule has one
/// analyzer, a page under docs/diagnostics, a row in both indexes and a release-tracking entry.
/// </summary>
public class RuleCatalogTests
{
    private static readonly Dictionary<string, DiagnosticSeverity> ExpectedSeverities = new()
    {
        ["CSB1001"] = DiagnosticSeverity.Error,
        ["CSB1002"] = DiagnosticSeverity.Error,
        ["CSB1003"] = DiagnosticSeverity.Warning,
        ["CSB1004"] = DiagnosticSeverity.Error,
        ["CSB1005"] = DiagnosticSeverity.Error,
        ["CSB1006"] = DiagnosticSeverity.Error,
        ["CSB1007"] = DiagnosticSeverity.Error,
        ["CSB1008"] = DiagnosticSeverity.Error,
        ["CSB1009"] = DiagnosticSeverity.Error,
        ["CSB1010"] = DiagnosticSeverity.Error,
        ["CSB1011"] = DiagnosticSeverity.Warning,
        ["CSB1012"] = DiagnosticSeverity.Warning,
        ["CSB1013"] = DiagnosticSeverity.Warning,
        ["CSB1014"] = DiagnosticSeverity.Error,
    };

    private static readonly List<DiagnosticDescriptor> Descriptors =
        AllAnalyzers.Create().SelectMany(a => a.SupportedDiagnostics).ToList();

    [Fact]
    public void EachRule_HasOneAnalyzerAndItsSeverity()
    {
        Assert.Equal(ExpectedSeverities.Keys.Order(), Descriptors.Select(d => d.Id).Order());
        foreach (var descriptor in Descriptors)
        {
            Assert.Equal(ExpectedSeverities[descriptor.Id], descriptor.DefaultSeverity);
            Assert.True(descriptor.IsEnabledByDefault, descriptor.Id);
        }
    }

    [Fact]
    public void EachRule_LinksItsPage()
    {
        var root = AllAnalyzers.RepositoryRoot();
        foreach (var descriptor in Descriptors)
        {
            Assert.EndsWith("/blob/main/docs/diagnostics/" + descriptor.Id + ".md", descriptor.HelpLinkUri);
            var page = Path.Combine(root, "docs", "diagnostics", descriptor.Id + ".md");
            Assert.True(File.Exists(page), "No page " + page);
            var text = File.ReadAllText(page);
            Assert.StartsWith("# " + descriptor.Id + ": " + descriptor.Title, text);
            Assert.Contains("| Default severity | " + descriptor.DefaultSeverity + " |", text);
            Assert.Contains("dotnet_diagnostic." + descriptor.Id + ".severity", text);
        }
    }

    [Fact]
    public void EachRule_IsInBothIndexes()
    {
        var root = AllAnalyzers.RepositoryRoot();
        var index = File.ReadAllText(Path.Combine(root, "docs", "diagnostics", "README.md"));
        var readme = File.ReadAllText(Path.Combine(root, "README.md"));
        foreach (var descriptor in Descriptors)
        {
            Assert.Contains($"| [{descriptor.Id}]({descriptor.Id}.md) | {descriptor.Title} | {descriptor.DefaultSeverity} |", index);
            Assert.Contains($"| [{descriptor.Id}](docs/diagnostics/{descriptor.Id}.md) |", readme);
        }
    }

    [Fact]
    public void EachRule_IsTrackedForRelease()
    {
        var root = AllAnalyzers.RepositoryRoot();
        var unshipped = File.ReadAllLines(Path.Combine(root, "src", "CsbGenerators.SourceGeneration", "AnalyzerReleases.Unshipped.md"));
        foreach (var descriptor in Descriptors)
        {
            Assert.Contains(unshipped, line => line.StartsWith($"{descriptor.Id} | {descriptor.Category} | {descriptor.DefaultSeverity} |", System.StringComparison.Ordinal));
        }
    }

    [Fact]
    public void CrossTypeRules_AreCompilationEnd()
    {
        foreach (var descriptor in Descriptors)
        {
            var isCrossType = descriptor.Id is "CSB1012" or "CSB1013";
            Assert.Equal(isCrossType, descriptor.CustomTags.Contains(WellKnownDiagnosticTags.CompilationEnd));
        }
    }

    [Fact]
    public void Messages_AreOneSentenceWithoutFinalPeriod()
    {
        foreach (var descriptor in Descriptors)
        {
            var message = descriptor.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Assert.False(message.EndsWith('.'), descriptor.Id);
            Assert.DoesNotContain('\n', message);
            Assert.Contains("; ", message);
        }
    }
}
