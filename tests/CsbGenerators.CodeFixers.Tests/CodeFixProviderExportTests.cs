using System;
using System.Composition;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Xunit;

namespace CsbGenerators.CodeFixers.Tests;

/// <summary>The IDE finds code fixes through MEF, so each needs the export and shared attributes.</summary>
public class CodeFixProviderExportTests
{
    [Fact]
    public void EveryProvider_IsExportedAndShared()
    {
        var providers = typeof(MissingIdCodeFixProvider).Assembly.GetTypes()
            .Where(type => !type.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(type))
            .ToList();

        Assert.Equal(2, providers.Count);
        foreach (var provider in providers)
        {
            var export = provider.GetCustomAttributes(typeof(ExportCodeFixProviderAttribute), false).Cast<ExportCodeFixProviderAttribute>().SingleOrDefault();
            Assert.True(export is not null, provider.Name + " has no [ExportCodeFixProvider].");
            Assert.Equal(new[] { LanguageNames.CSharp }, export!.Languages);
            Assert.True(Attribute.IsDefined(provider, typeof(SharedAttribute)), provider.Name + " has no [Shared].");
        }
    }

    [Fact]
    public void Assembly_ReferencesWorkspacesAlone()
    {
        // The analyzers' assembly must not reference Workspaces: the command-line compiler does not load it.
        var analyzerReferences = typeof(SourceGeneration.Analyzers.MissingAccountIdAnalyzer).Assembly.GetReferencedAssemblies().Select(a => a.Name);
        var fixerReferences = typeof(MissingIdCodeFixProvider).Assembly.GetReferencedAssemblies().Select(a => a.Name);

        Assert.DoesNotContain(analyzerReferences, name => name!.StartsWith("Microsoft.CodeAnalysis.Workspaces", StringComparison.Ordinal) || name == "Microsoft.CodeAnalysis.CSharp.Workspaces");
        Assert.Contains("Microsoft.CodeAnalysis.Workspaces", fixerReferences);
    }
}
