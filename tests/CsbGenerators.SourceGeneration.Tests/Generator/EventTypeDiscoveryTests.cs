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
