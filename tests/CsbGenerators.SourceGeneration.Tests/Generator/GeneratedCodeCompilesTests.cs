using System.Linq;
using CsbGenerators.SourceGeneration.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace CsbGenerators.SourceGeneration.Tests.Generator;

/// <summary>
/// Generated code compiles with every warning as an error, for each language version, nullable setting and
/// target framework a consumer may use, in every namespace and nesting form and for every member shape.
/// </summary>
public class GeneratedCodeCompilesTests
{
    [Theory]
    [InlineData(LanguageVersion.CSharp7_3, NullableContextOptions.Disable, ConsumerTarget.Current)]
    [InlineData(LanguageVersion.CSharp9, NullableContextOptions.Disable, ConsumerTarget.Current)]
    [InlineData(LanguageVersion.CSharp9, NullableContextOptions.Enable, ConsumerTarget.Current)]
    [InlineData(LanguageVersion.Latest, NullableContextOptions.Disable, ConsumerTarget.Current)]
    [InlineData(LanguageVersion.Latest, NullableContextOptions.Enable, ConsumerTarget.Current)]
    [InlineData(LanguageVersion.CSharp7_3, NullableContextOptions.Disable, ConsumerTarget.Net80)]
    [InlineData(LanguageVersion.CSharp9, NullableContextOptions.Enable, ConsumerTarget.Net80)]
    [InlineData(LanguageVersion.Latest, NullableContextOptions.Disable, ConsumerTarget.Net80)]
    [InlineData(LanguageVersion.Latest, NullableContextOptions.Enable, ConsumerTarget.Net80)]
    public void EveryShape_CompilesWithoutWarnings(LanguageVersion languageVersion, NullableContextOptions nullable, ConsumerTarget target)
    {
        var run = GeneratorHarness.Run(new[] { ConsumerSources.EveryVersion, ConsumerSources.NetOnly }, languageVersion, nullable, target);

        Assert.Empty(run.GeneratedCodeProblems());
        Assert.Equal(ConsumerSources.EveryVersionEventCount + 1, run.Result.GeneratedTrees.Length);
        AssertEverySerializerGenerated(run);
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp7_3, NullableContextOptions.Disable)]
    [InlineData(LanguageVersion.CSharp9, NullableContextOptions.Disable)]
    [InlineData(LanguageVersion.CSharp9, NullableContextOptions.Enable)]
    [InlineData(LanguageVersion.Latest, NullableContextOptions.Disable)]
    [InlineData(LanguageVersion.Latest, NullableContextOptions.Enable)]
    public void NetStandard20Consumer_CompilesWithoutWarnings(LanguageVersion languageVersion, NullableContextOptions nullable)
    {
        var run = GeneratorHarness.Run(new[] { ConsumerSources.EveryVersion }, languageVersion, nullable, ConsumerTarget.NetStandard20);

        Assert.Empty(run.GeneratedCodeProblems());
        Assert.Equal(ConsumerSources.EveryVersionEventCount, run.Result.GeneratedTrees.Length);
        AssertEverySerializerGenerated(run);
    }

    [Theory]
    [InlineData(NullableContextOptions.Disable, ConsumerTarget.Current)]
    [InlineData(NullableContextOptions.Enable, ConsumerTarget.Current)]
    [InlineData(NullableContextOptions.Enable, ConsumerTarget.Net80)]
    public void ModernShapes_CompileWithoutWarnings(NullableContextOptions nullable, ConsumerTarget target)
    {
        var run = GeneratorHarness.Run(new[] { ConsumerSources.Modern, ConsumerSources.EveryVersion }, LanguageVersion.Latest, nullable, target);

        Assert.Empty(run.GeneratedCodeProblems());
        Assert.Equal(ConsumerSources.EveryVersionEventCount + ConsumerSources.ModernEventCount, run.Result.GeneratedTrees.Length);
        AssertEverySerializerGenerated(run);
    }

    [Fact]
    public void ModernShapes_NetStandard20Consumer_CompileWithoutWarnings()
    {
        var run = GeneratorHarness.Run(new[] { ConsumerSources.Modern, ConsumerSources.NetStandardPolyfills }, LanguageVersion.Latest, NullableContextOptions.Enable, ConsumerTarget.NetStandard20);

        Assert.Empty(run.GeneratedCodeProblems());
        Assert.Equal(ConsumerSources.ModernEventCount, run.Result.GeneratedTrees.Length);
        AssertEverySerializerGenerated(run);
    }

    [Fact]
    public void CSharp73Output_HasNoNullableDirective()
    {
        var run = GeneratorHarness.Run(new[] { ConsumerSources.EveryVersion }, LanguageVersion.CSharp7_3, NullableContextOptions.Disable);

        Assert.DoesNotContain("#nullable", run.GeneratedSource("GlobalIdentify.g.cs"));
        Assert.DoesNotContain("#nullable", run.GeneratedSource("Shop.Events.Nesting.g.cs"));
    }

    [Fact]
    public void SameSimpleNames_GetDistinctHintNames()
    {
        var run = GeneratorHarness.Run(ConsumerSources.EveryVersion);

        var hintNames = run.Result.Results.Single().GeneratedSources.Select(s => s.HintName).OrderBy(n => n, System.StringComparer.Ordinal).ToArray();
        Assert.Equal(
            new[]
            {
                "GlobalIdentify.g.cs",
                "Other.Events.OrderReceived.g.cs",
                "Shop.Events.Collections.g.cs",
                "Shop.Events.Generic(1)-InGeneric.g.cs",
                "Shop.Events.Nesting.g.cs",
                "Shop.Events.OrderReceived.g.cs",
                "Shop.Events.Outer-Hidden.g.cs",
                "Shop.Events.Outer-Inner.g.cs",
                "Shop.Events.OuterStruct-PageViewed.g.cs",
                "Shop.Events.Scalars.g.cs",
                "Shop.Events.class.g.cs",
            },
            hintNames);
    }

    /// <summary>Every type gets a real serializer: a throwing stub would also compile, so it must not pass unnoticed.</summary>
    private static void AssertEverySerializerGenerated(GeneratorRun run)
    {
        var stubs = run.Result.GeneratedTrees
            .Where(tree => tree.ToString().Contains("SerializerUnavailable"))
            .Select(tree => tree.FilePath + ": " + tree.ToString().Split('\n').First(line => line.Contains("SerializerUnavailable")).Trim())
            .ToList();
        Assert.Empty(stubs);
    }
}
