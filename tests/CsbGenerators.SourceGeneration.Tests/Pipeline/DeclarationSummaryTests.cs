using System.Threading;
using CsbGenerators.SourceGeneration.Pipeline;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace CsbGenerators.SourceGeneration.Tests.Pipeline;

/// <summary>
/// A summary must change with every edit that can change a symbol the generator reads, and stay equal
/// for edits confined to code that no declaration depends on.
/// </summary>
public class DeclarationSummaryTests
{
    private const string Source = """
        using System;
        using CsbGenerators;

        namespace Shop;

        public static class Names
        {
            public const string Cost = "cost";
        }

        public enum Plan { Free = 0, Paid = 1 }

        [CsbTrack("Order Received")]
        public partial class OrderReceived
        {
            // The account.
            public string AccountId { get; set; } = "";
            public string UserId { get; set; } = "none";
            [CsbPropertyName(Names.Cost)]
            public decimal Total { get; set; }
            public int Doubled => Count * 2;
            public int Count { get { return _count; } set { _count = value + 0; } }
            private int _count;

            public int Add(int a, int b)
            {
                return a + b;
            }
            public int Sub(int a, int b) => a - b;
            public OrderReceived() { Count = 1; }
        }
        """;

    [Theory]
    [InlineData("return a + b;", "return b + a;")]
    [InlineData("=> a - b;", "=> b - a;")]
    [InlineData("=> Count * 2;", "=> Count * 3;")]
    [InlineData("_count = value + 0;", "_count = value + 1;")]
    [InlineData("{ Count = 1; }", "{ Count = 2; }")]
    [InlineData("= \"none\";", "= \"anonymous\";")]
    [InlineData("// The account.", "// The account id.")]
    [InlineData("public int Count", "public  int   Count")]
    public void EditOutsideDeclarations_KeepsSummaryEqual(string before, string after)
    {
        Assert.Equal(Summarize(Source), Summarize(Edit(before, after)));
    }

    [Theory]
    [InlineData("public decimal Total", "public double Total")]
    [InlineData("public int Count {", "public long Count {")]
    [InlineData("public string UserId", "public string? UserId")]
    [InlineData("public string AccountId", "public string AccountNumber")]
    [InlineData("\"cost\"", "\"price\"")]
    [InlineData("Paid = 1", "Paid = 2")]
    [InlineData("[CsbTrack(\"Order Received\")]", "[CsbTrack(\"Order Placed\")]")]
    [InlineData("using System;", "using System.Text;")]
    [InlineData("public int Sub(int a, int b)", "public long Sub(int a, int b)")]
    [InlineData("        return a + b;", "#nullable disable\n        return a + b;")]
    [InlineData("private int _count;", "private int _count;\n    public DateTime At { get; set; }")]
    public void DeclarationEdit_ChangesSummary(string before, string after)
    {
        Assert.NotEqual(Summarize(Source), Summarize(Edit(before, after)));
    }

    [Fact]
    public void TopLevelStatementEdit_KeepsSummaryEqual()
    {
        const string program = "using System;\nConsole.WriteLine(1 + 2);\nvar x = 3;\n";

        Assert.Equal(Summarize(program), Summarize(program.Replace("1 + 2", "2 + 1")));
    }

    [Fact]
    public void TopLevelStatementAdded_KeepsSummaryEqual()
    {
        const string program = "using System;\nConsole.WriteLine(1 + 2);\n";

        Assert.Equal(Summarize(program), Summarize(program + "var x = 3;\nif (x > 2) { x++; }\n"));
    }

    [Fact]
    public void TopLevelStatementsRemoved_ChangesSummary()
    {
        // Top-level statements make the compiler declare a Program class, which a member type may name.
        Assert.NotEqual(Summarize("using System;\nConsole.WriteLine(1);\n"), Summarize("using System;\n"));
    }

    [Fact]
    public void NullableDirectiveMovedPastMembers_ChangesSummary()
    {
        var atTop = "#nullable disable\n" + Source;
        var inBody = Edit("        return a + b;", "#nullable disable\n        return a + b;");

        Assert.NotEqual(Summarize(atTop), Summarize(inBody));
    }

    [Fact]
    public void DirectiveMovedWithinBody_KeepsSummaryEqual()
    {
        var beforeReturn = Edit("        return a + b;", "#nullable disable\n        return a + b;");
        var afterReturn = Edit("        return a + b;", "        return a + b;\n#nullable disable");

        Assert.Equal(Summarize(beforeReturn), Summarize(afterReturn));
    }

    [Fact]
    public void StrayBraceEndingNamespace_ChangesSummary()
    {
        // The brace becomes skipped text, but class A moves from namespace Shop to the global namespace.
        Assert.NotEqual(Summarize("namespace Shop;\npublic class A { }\n"), Summarize("namespace Shop;\n}\npublic class A { }\n"));
    }

    [Fact]
    public void LanguageVersion_IsPartOfSummary()
    {
        Assert.NotEqual(Summarize(Source, LanguageVersion.CSharp7_3), Summarize(Source, LanguageVersion.Latest));
    }

    [Fact]
    public void AttributedType_IsFlagged()
    {
        Assert.True(Summarize(Source).HasAttributedTypes);
        Assert.False(Summarize("namespace Shop;\npublic class Plain { public int X { get; set; } }").HasAttributedTypes);
    }

    [Fact]
    public void UsingAliases_AreCollected()
    {
        const string source = """
            global using GlobalTrack = CsbGenerators.CsbTrackAttribute;
            using LocalPage = global::CsbGenerators.CsbPageAttribute;
            using Text = System.Text.StringBuilder;
            """;

        Assert.Equal(
            new[] { new UsingAlias("GlobalTrack", "CsbTrackAttribute"), new UsingAlias("LocalPage", "CsbPageAttribute"), new UsingAlias("Text", "StringBuilder") },
            Summarize(source).Aliases);
    }

    private static string Edit(string before, string after)
    {
        Assert.Contains(before, Source);
        return Source.Replace(before, after);
    }

    private static DeclarationSummary Summarize(string source, LanguageVersion languageVersion = LanguageVersion.Latest)
    {
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(languageVersion), path: "Events.cs");
        return DeclarationSummary.Read(tree, CancellationToken.None);
    }
}
