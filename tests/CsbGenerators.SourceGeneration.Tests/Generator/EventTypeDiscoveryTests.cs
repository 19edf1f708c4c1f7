using System.Linq;
using CsbGenerators.SourceGeneration.Tests.Infrastructure;
using Xunit;

namespace CsbGenerators.SourceGeneration.Tests.Generator;

/// <summary>
/// The generator finds event types by the attribute's syntax, then confirms them by binding: every way C#
/// allows to name a call attribute must be found, and a look-alike must not.
/// </summary>
public class EventTypeDiscoveryTests
{
    private const string Members = """
        {
            public string AccountId { get; set; } = "";
            public string UserId { get; set; } = "";
        }
        """;

    [Theory]
    [InlineData("using CsbGenerators;", "[CsbTrack(\"Order Received\")]")]
    [InlineData("using CsbGenerators;", "[CsbTrackAttribute(\"Order Received\")]")]
    [InlineData("", "[global::CsbGenerators.CsbTrack(\"Order Received\")]")]
    [InlineData("", "[CsbGenerators.CsbTrackAttribute(\"Order Received\")]")]
    [InlineData("using Track = CsbGenerators.CsbTrackAttribute;", "[Track(\"Order Received\")]")]
    [InlineData("using TrackAttribute = CsbGenerators.CsbTrackAttribute;", "[Track(\"Order Received\")]")]
    [InlineData("using Csb = CsbGenerators;", "[Csb::CsbTrack(\"Order Received\")]")]
    [InlineData("using System;\nusing CsbGenerators;", "[Serializable, CsbTrack(\"Order Received\")]")]
    public void CallAttributeNamedAnyWay_IsFound(string usings, string attribute)
    {
        var run = GeneratorHarness.Run($"{usings}\n\nnamespace Shop;\n\n{attribute}\npublic partial class OrderReceived\n{Members}");

        Assert.Empty(run.Problems());
        Assert.Contains("Shop.OrderReceived.g.cs", run.Result.Results.Single().GeneratedSources.Select(s => s.HintName));
    }

    [Fact]
    public void GlobalAliasInOtherFile_IsFound()
    {
        var run = GeneratorHarness.Run(new[]
        {
            "global using Page = CsbGenerators.CsbPageAttribute;",
            $"namespace Shop;\n\n[Page(\"orders\")]\npublic partial class OrdersViewed\n{Members}",
        });

        Assert.Empty(run.Problems());
        Assert.Equal(new[] { "Shop.OrdersViewed.g.cs" }, run.Result.Results.Single().GeneratedSources.Select(s => s.HintName));
    }

    [Fact]
    public void AliasOfAliasInNamespace_IsFound()
    {
        var run = GeneratorHarness.Run(
            $"using Track = CsbGenerators.CsbTrackAttribute;\n\nnamespace Shop\n{{\n    using Event = Track;\n\n    [Event(\"Order Received\")]\n    public partial class OrderReceived\n{Members}\n}}");

        Assert.Empty(run.Problems());
        Assert.Equal(new[] { "Shop.OrderReceived.g.cs" }, run.Result.Results.Single().GeneratedSources.Select(s => s.HintName));
    }

    [Fact]
    public void AliasOfGlobalAlias_IsFound()
    {
        var run = GeneratorHarness.Run(new[]
        {
            "global using Track = CsbGenerators.CsbTrackAttribute;",
            $"namespace Shop\n{{\n    using EventAttribute = Track;\n\n    [Event(\"Order Received\")]\n    public partial class OrderReceived\n{Members}\n}}",
        });

        Assert.Empty(run.Problems());
        Assert.Equal(new[] { "Shop.OrderReceived.g.cs" }, run.Result.Results.Single().GeneratedSources.Select(s => s.HintName));
    }

    /// <summary>Sources that name the call attributes in every form C# binds, one or more files each.</summary>
    public static TheoryData<string[]> AttributeForms => new()
    {
        new[] { "using CsbGenerators;\n[CsbTrack(\"e\")] public partial class A { }" },
        new[] { "[global::CsbGenerators.CsbTrackAttribute(\"e\")] public partial class A { }" },
        new[] { "[type: CsbGenerators.CsbPage(\"p\")] public partial class A { }" },
        new[] { "using CsbGenerators;\n[System.Serializable, CsbIdentify] public partial class A { }" },
        new[] { "using CsbGenerators;\n[Csb\\u0054rack(\"e\")] public partial class A { }" },
        new[] { "using @Tr = CsbGenerators.CsbTrackAttribute;\n[@Tr(\"e\")] public partial class A { }" },
        new[] { "using TrAttribute = CsbGenerators.CsbTrackAttribute;\n[Tr(\"e\")] public partial class A { }" },
        new[] { "using Csb = CsbGenerators;\n[Csb::CsbAccount] public partial class A { }" },
        new[] { "using Csb = CsbGenerators;\n[Csb.CsbAccountAttribute] public partial class A { }" },
        new[] { "global using Tr = CsbGenerators.CsbTrackAttribute;", "[Tr(\"e\")] public partial class A { }" },
        new[] { "global using Csb = CsbGenerators;", "namespace N { using Tr = Csb.CsbTrackAttribute; [Tr(\"e\")] public partial class A { } }" },
        new[] { "using Tr = CsbGenerators.CsbTrackAttribute;\nnamespace N { using Event = Tr; [Event(\"e\")] public partial class A { } }" },
        new[] { "global using Tr = CsbGenerators.CsbTrackAttribute;", "namespace N { using EventAttribute = Tr; [Event(\"e\")] public partial class A { } }" },
        new[] { "using P = CsbGenerators.CsbPageAttribute;\nnamespace N { using Q = P; namespace M { using R = Q; [R(\"p\")] public partial class A { } } }" },
        new[] { "namespace N { using Tr = CsbGenerators.CsbTrackAttribute; }", "namespace N { [Tr(\"e\")] public partial class A { } }" },
        new[] { "namespace N;\nusing Tr = CsbGenerators.CsbTrackAttribute;\n[Tr(\"e\")] public partial class A { }" },
        new[] { "using CsbGenerators;\npublic partial interface I { [CsbIdentify] public partial class A { } }" },
        new[] { "using CsbGenerators;\npublic partial record struct R { [CsbIdentify] public partial record B { } }" },
        new[] { "using CsbGenerators;\nSystem.Console.WriteLine();\n[CsbIdentify] public partial class A { }" },
        new[] { "using Tr = System.ObsoleteAttribute;\n[Tr] public partial class A { }" },
    };

    [Theory]
    [MemberData(nameof(AttributeForms))]
    public void AttributeForm_MatchesAttributeLookup(string[] sources)
    {
        var compilation = GeneratorHarness.CreateCompilation(sources);

        Assert.Equal(AttributeLookupOracle.FindTypes(compilation), AttributeLookupOracle.FindEventGeneratorTypes(compilation));
    }

    [Fact]
    public void LookAlikeAttribute_IsIgnored()
    {
        const string source = """
            using System;

            namespace Other
            {
                [AttributeUsage(AttributeTargets.Class)]
                public sealed class CsbTrackAttribute : Attribute
                {
                    public CsbTrackAttribute(string name) { }
                }
            }

            namespace Shop
            {
                using Other;

                [CsbTrack("Order Received")]
                public partial class OrderReceived
                {
                    public string AccountId { get; set; } = "";
                }
            }
            """;

        var run = GeneratorHarness.Run(source);

        Assert.Empty(run.Problems());
        Assert.Empty(run.Result.Results.Single().GeneratedSources);
    }

    [Fact]
    public void PartialTypeAcrossFiles_GetsOneFile()
    {
        var run = GeneratorHarness.Run(new[]
        {
            $"using System;\nusing CsbGenerators;\n\nnamespace Shop;\n\n[CsbAccount]\npublic partial class AccountUpdated\n{Members}",
            "using System;\n\nnamespace Shop;\n\n[Obsolete(\"Use AccountChanged.\")]\npublic partial class AccountUpdated\n{\n    public string? Name { get; set; }\n}",
        });

        Assert.Equal(new[] { "Shop.AccountUpdated.g.cs" }, run.Result.Results.Single().GeneratedSources.Select(s => s.HintName));
        Assert.Contains("\"name\"", run.GeneratedSource("Shop.AccountUpdated.g.cs"));
    }

    [Fact]
    public void NestedTypes_AreFound()
    {
        const string source = """
            using CsbGenerators;

            namespace Shop;

            public static partial class Events
            {
                public partial class Orders
                {
                    [CsbIdentify]
                    public partial class UserSeen
                    {
                        public string AccountId { get; set; } = "";
                        public string UserId { get; set; } = "";
                    }
                }
            }
            """;

        var run = GeneratorHarness.Run(source);

        Assert.Empty(run.Problems());
        Assert.Equal(new[] { "Shop.Events-Orders-UserSeen.g.cs" }, run.Result.Results.Single().GeneratedSources.Select(s => s.HintName));
    }
}
