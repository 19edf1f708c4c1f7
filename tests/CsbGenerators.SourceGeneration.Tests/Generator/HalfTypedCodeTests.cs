using System.Linq;
using CsbGenerators.SourceGeneration.Tests.Infrastructure;
using Xunit;

namespace CsbGenerators.SourceGeneration.Tests.Generator;

/// <summary>The generator never throws (CS8785) on code that is still being typed.</summary>
public class HalfTypedCodeTests
{
    [Theory]
    [InlineData("[CsbTrak] partial class X {}")]
    [InlineData("[CsbTrack(\"e\")] partial class X : Missing {}")]
    [InlineData("[CsbTrack(\"e\")] interface IX {}")]
    [InlineData("[CsbTrack(\"e\")] partial class X { public int { get; set; } }")]
    [InlineData("[CsbTrack] partial class X {}")]
    [InlineData("[CsbTrack(null)] partial class X {}")]
    [InlineData("[CsbTrack(\"e\"")]
    [InlineData("[CsbTrack(\"e\")] partial class X { public Missing AccountId { get; set; } }")]
    [InlineData("[CsbTrack(\"e\")] partial class X { [CsbPropertyName] public string AccountId { get; set; } }")]
    [InlineData("[CsbTrack(\"e\")][CsbPage(\"p\")] partial class X { public string AccountId; public string UserId; }")]
    [InlineData("[CsbIdentify] partial class X<T> { public string AccountId; public string UserId; }")]
    [InlineData("[CsbIdentify] static partial class X { }")]
    [InlineData("[CsbIdentify] abstract partial class X { public string AccountId; public string UserId; }")]
    [InlineData("[CsbIdentify] ref partial struct X { public string AccountId; public string UserId; }")]
    [InlineData("[CsbIdentify] class NotPartial { public string AccountId; public string UserId; }")]
    [InlineData("[CsbIdentify] partial class X { public string AccountId; public string UserId; public System.IO.Stream Extra; }")]
    [InlineData("[CsbIdentify] partial class X { public string AccountId; public string UserId; public List<Missing> Items; }")]
    [InlineData("[CsbIdentify] partial class X { public string AccountId; public string UserId; public Dictionary<string, > Items; }")]
    [InlineData("[CsbIdentify] partial class X { public string AccountId; public string UserId; public Node Root; } class Node { public Node Next; public Missing Other; }")]
    [InlineData("[CsbIdentify] partial class X { public string AccountId; public string UserId; public X Self; }")]
    [InlineData("[CsbIdentify] partial class X { public string AccountId; public string UserId; [CsbPropertyName(\"user_id\")] public string Other; }")]
    public void HalfTypedSource_NeverThrows(string declaration)
    {
        var run = GeneratorHarness.Run("using System.Collections.Generic;\nusing CsbGenerators;\n" + declaration);

        var generatorFailures = run.GeneratorDiagnostics.Where(d => d.Id == "CS8785").Select(d => d.ToString()).ToList();
        Assert.Empty(generatorFailures);
        Assert.All(run.Result.Results, result => Assert.Null(result.Exception));
    }

    [Fact]
    public void UnsupportedMember_GetsThrowingStubThatCompiles()
    {
        var run = GeneratorHarness.Run("""
            using CsbGenerators;

            [CsbIdentify]
            public partial class X
            {
                public string AccountId { get; set; } = "";
                public string UserId { get; set; } = "";
                public System.IO.Stream? Extra { get; set; }
            }
            """);

        Assert.Empty(run.Problems());
        var stub = run.GeneratedSource("X.g.cs").Split('\n').First(line => line.Contains("SerializerUnavailable")).Trim();
        Assert.Equal("throw global::CsbGenerators.Serialization.CsbErrors.SerializerUnavailable(\"X\", \"member Extra has type System.IO.Stream?, which is not supported: System.IO.Stream is a framework type that has no JSON form here.\");", stub);
    }

    [Theory]
    [InlineData("CsbAccount", "bool", "UserId")]
    [InlineData("CsbAccount", "System.DateTime", "UserId")]
    [InlineData("CsbIdentify", "bool", "AccountId")]
    [InlineData("CsbIdentify", "double", "UserId")]
    public void IdOfNonIdType_GetsThrowingStubThatCompiles(string attribute, string type, string idMember)
    {
        var otherId = idMember == "UserId" ? "AccountId" : "UserId";
        var run = GeneratorHarness.Run($$"""
            using CsbGenerators;

            [{{attribute}}]
            public partial class X
            {
                public string {{otherId}} { get; set; } = "";
                public {{type}} {{idMember}} { get; set; }
            }
            """);

        Assert.Empty(run.Problems());
        Assert.Contains("cannot hold an id", run.GeneratedSource("X.g.cs"));
    }

    [Fact]
    public void ConflictingKinds_GenerateNothing()
    {
        var run = GeneratorHarness.Run("""
            using CsbGenerators;

            [CsbIdentify, CsbAccount]
            public partial class X
            {
                public string AccountId { get; set; } = "";
                public string UserId { get; set; } = "";
            }
            """);

        Assert.Empty(run.Result.GeneratedTrees);
    }

    [Fact]
    public void FileLocalType_GeneratesNothing()
    {
        var run = GeneratorHarness.Run("""
            using CsbGenerators;

            [CsbAccount]
            file partial class AccountSeen
            {
                public string AccountId { get; set; } = "";
            }
            """);

        Assert.Empty(run.Result.GeneratedTrees);
        Assert.Empty(run.Problems());
    }
}
