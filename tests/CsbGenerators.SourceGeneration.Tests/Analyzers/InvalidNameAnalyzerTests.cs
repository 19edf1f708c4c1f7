using System.Threading.Tasks;
using CsbGenerators.SourceGeneration.Diagnostics;
using Xunit;
using Verifier = CsbGenerators.SourceGeneration.Tests.Infrastructure.AnalyzerVerifier<CsbGenerators.SourceGeneration.Analyzers.InvalidNameAnalyzer>;

namespace CsbGenerators.SourceGeneration.Tests.Analyzers;

public class InvalidNameAnalyzerTests
{
    private const string Members = "public string AccountId; public string UserId;";

    [Theory]
    [InlineData("\"\"", "is empty or whitespace")]
    [InlineData("\" \\t\"", "is empty or whitespace")]
    [InlineData("null", "is null")]
    [InlineData("\"Order \\uD800\"", "contains a lone surrogate")]
    [InlineData("\"\\uDC00 Order\"", "contains a lone surrogate")]
    public async Task TrackEventName_Triggers(string literal, string problem)
    {
        var source = $$"""
            using CsbGenerators;

            [CsbTrack({|#0:{{literal}}|})]
            public partial class OrderReceived { {{Members}} }
            """;

        await Verifier.VerifyAsync(source, Verifier.Diagnostic(DiagnosticDescriptors.InvalidNameId).WithLocation(0).WithArguments("track event name of 'OrderReceived'", problem));
    }

    [Fact]
    public async Task PageName_TriggersWithExactSpan()
    {
        var source = """
            using CsbGenerators;

            [CsbPage("   ")]
            public partial class OrdersViewed { public string AccountId; public string UserId; }
            """;

        await Verifier.VerifyAsync(source, Verifier.Diagnostic(DiagnosticDescriptors.InvalidNameId).WithSpan(3, 10, 3, 15).WithArguments("page name of 'OrdersViewed'", "is empty or whitespace"));
    }

    [Fact]
    public async Task ProductAndModule_Trigger()
    {
        var source = $$"""
            using CsbGenerators;

            [CsbTrack("Order Received", {|#0:Product = ""|}, {|#1:Module = " "|})]
            public partial class OrderReceived { {{Members}} }
            """;

        await Verifier.VerifyAsync(
            source,
            Verifier.Diagnostic(DiagnosticDescriptors.InvalidNameId).WithLocation(0).WithArguments("product name of 'OrderReceived'", "is empty or whitespace"),
            Verifier.Diagnostic(DiagnosticDescriptors.InvalidNameId).WithLocation(1).WithArguments("module name of 'OrderReceived'", "is empty or whitespace"));
    }

    [Fact]
    public async Task JsonNames_Trigger()
    {
        var source = """
            using CsbGenerators;

            [CsbAccount]
            public partial record AccountUpdated([CsbPropertyName({|#0:""|})] string Name)
            {
                public string AccountId;

                [CsbPropertyName({|#1:"\uD83D"|})]
                public string Plan;
            }
            """;

        await Verifier.VerifyAsync(
            source,
            Verifier.Diagnostic(DiagnosticDescriptors.InvalidNameId).WithLocation(0).WithArguments("JSON name of member 'AccountUpdated.Name'", "is empty or whitespace"),
            Verifier.Diagnostic(DiagnosticDescriptors.InvalidNameId).WithLocation(1).WithArguments("JSON name of member 'AccountUpdated.Plan'", "contains a lone surrogate"));
    }

    [Fact]
    public async Task ValidNames_DoNotTrigger()
    {
        await Verifier.VerifyAsync($$"""
            using CsbGenerators;

            [CsbTrack("Order Received 📦", Product = "Shop", Module = "Orders")]
            public partial class OrderReceived { {{Members}} }

            [CsbTrack("Order Shipped", Product = null)]
            public partial class OrderShipped { {{Members}} }

            [CsbPage("orders")]
            public partial class OrdersViewed
            {
                public string AccountId;
                public string UserId;

                [CsbPropertyName("Custom Name")]
                public string Renamed;
            }
            """);
    }

    [Fact]
    public async Task MissingConstructorArgument_LeftToCompiler()
    {
        await Verifier.VerifyAsync($$"""
            using CsbGenerators;

            [{|CS7036:CsbTrack|}]
            public partial class OrderReceived { {{Members}} }
            """);
    }
}
