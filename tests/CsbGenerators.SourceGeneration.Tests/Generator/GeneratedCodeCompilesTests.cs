using System.Linq;
using CsbGenerators.SourceGeneration.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace CsbGenerators.SourceGeneration.Tests.Generator;

/// <summary>
/// Generated code compiles with every warning as an error, for each language version and nullable
/// setting a consumer may use, in every namespace and nesting form.
/// </summary>
public class GeneratedCodeCompilesTests
{
    /// <summary>Event types written in C# 7.3, so the same source serves every language version.</summary>
    private const string EveryVersionSource = """
        using System;
        using CsbGenerators;

        public enum Plan { Free, ProTrial }

        [CsbIdentify]
        public partial class GlobalIdentify
        {
            public string AccountId { get; set; } = "a";
            public string UserId { get; set; } = "u";
            public int? Seats { get; set; }
            public DateTime SignedUpAt { get; set; }
            public Plan Plan { get; set; }
            public Plan? PreviousPlan { get; set; }
            public double Score;
        }

        namespace Shop.Events
        {
            [CsbTrack("Order Received", Product = "Shop", Module = "Orders")]
            public partial class OrderReceived
            {
                public string AccountId { get; set; } = "a";
                public string UserId { get; set; } = "u";
                public string Cost { get; set; } = "$1";
                public int Total { get; set; }
            }

            public partial class Outer
            {
                [CsbAccount]
                internal partial class Inner
                {
                    public long AccountId { get; set; }
                    public string Name { get; set; } = "n";
                }
            }

            public partial struct OuterStruct
            {
                [CsbPage("orders")]
                public partial struct PageViewed
                {
                    public Guid AccountId { get; set; }
                    public ulong UserId { get; set; }
                    public decimal Amount { get; set; }
                }
            }

            public partial class Generic<T>
            {
                [CsbAccount]
                public partial class InGeneric
                {
                    public string AccountId { get; set; } = "a";
                }
            }

            [CsbAccount]
            public partial class @class
            {
                public string AccountId { get; set; } = "a";
                public string @event { get; set; } = "e";
            }
        }

        namespace Other.Events
        {
            [CsbTrack("Order Received", Product = "Shop", Module = "Orders")]
            public partial class OrderReceived
            {
                public int? AccountId { get; set; }
                public Guid? UserId { get; set; }
            }
        }
        """;

    private const int EveryVersionEventCount = 7;

    /// <summary>Shapes that need C# 10: a file-scoped namespace, records and record structs.</summary>
    private const string ModernSource = """
        using CsbGenerators;

        namespace Modern.Events;

        [CsbIdentify]
        public partial record UserIdentified(string AccountId, string UserId, string Email);

        [CsbTrack("Report Created", Product = "Analytics", Module = "Reports")]
        public readonly partial record struct ReportCreated(string AccountId, string UserId, int? Total);

        public partial record Container
        {
            [CsbAccount]
            public sealed partial class Nested
            {
                public required string AccountId { get; init; }
            }
        }
        """;

    [Theory]
    [InlineData(LanguageVersion.CSharp7_3, NullableContextOptions.Disable)]
    [InlineData(LanguageVersion.CSharp9, NullableContextOptions.Disable)]
    [InlineData(LanguageVersion.CSharp9, NullableContextOptions.Enable)]
    [InlineData(LanguageVersion.Latest, NullableContextOptions.Disable)]
    [InlineData(LanguageVersion.Latest, NullableContextOptions.Enable)]
    public void EveryShape_CompilesWithoutWarnings(LanguageVersion languageVersion, NullableContextOptions nullable)
    {
        var run = GeneratorHarness.Run(EveryVersionSource, languageVersion, nullable);

        Assert.Empty(run.Problems());
        Assert.Equal(EveryVersionEventCount, run.Result.GeneratedTrees.Length);
    }

    [Theory]
    [InlineData(NullableContextOptions.Disable)]
    [InlineData(NullableContextOptions.Enable)]
    public void ModernShapes_CompileWithoutWarnings(NullableContextOptions nullable)
    {
        var run = GeneratorHarness.Run(new[] { ModernSource, EveryVersionSource }, LanguageVersion.Latest, nullable);

        Assert.Empty(run.Problems());
        Assert.Equal(EveryVersionEventCount + 3, run.Result.GeneratedTrees.Length);
    }

    [Fact]
    public void CSharp73Output_HasNoNullableDirective()
    {
        var run = GeneratorHarness.Run(EveryVersionSource, LanguageVersion.CSharp7_3, NullableContextOptions.Disable);

        Assert.DoesNotContain("#nullable", run.GeneratedSource("GlobalIdentify.g.cs"));
    }

    [Fact]
    public void SameSimpleNames_GetDistinctHintNames()
    {
        var run = GeneratorHarness.Run(EveryVersionSource);

        var hintNames = run.Result.Results.Single().GeneratedSources.Select(s => s.HintName).OrderBy(n => n, System.StringComparer.Ordinal).ToArray();
        Assert.Equal(
            new[]
            {
                "GlobalIdentify.g.cs",
                "Other.Events.OrderReceived.g.cs",
                "Shop.Events.Generic(1)-InGeneric.g.cs",
                "Shop.Events.OrderReceived.g.cs",
                "Shop.Events.Outer-Inner.g.cs",
                "Shop.Events.OuterStruct-PageViewed.g.cs",
                "Shop.Events.class.g.cs",
            },
            hintNames);
    }
}
