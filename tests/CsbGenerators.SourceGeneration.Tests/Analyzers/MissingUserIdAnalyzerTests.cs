using System.Threading.Tasks;
using CsbGenerators.SourceGeneration.Diagnostics;
using Xunit;
using Verifier = CsbGenerators.SourceGeneration.Tests.Infrastructure.AnalyzerVerifier<CsbGenerators.SourceGeneration.Analyzers.MissingUserIdAnalyzer>;

namespace CsbGenerators.SourceGeneration.Tests.Analyzers;

public class MissingUserIdAnalyzerTests
{
    [Theory]
    [InlineData("[CsbIdentify]", "an identify")]
    [InlineData("[CsbTrack(\"Order Received\")]", "a track")]
    [InlineData("[CsbPage(\"orders\")]", "a page")]
    public async Task IdentifyTrackPage_Trigger(string attribute, string call)
    {
        var source = $$"""
            using CsbGenerators;

            {{attribute}}
            public partial class {|#0:Happened|}
            {
                public string AccountId { get; set; }
            }
            """;

        await Verifier.VerifyAsync(source, Verifier.Diagnostic(DiagnosticDescriptors.MissingUserIdId).WithLocation(0).WithArguments("Happened", call));
    }

    [Fact]
    public async Task SpanAndArguments_AreExact()
    {
        var source = """
            using CsbGenerators;

            [CsbTrack("Order Received")]
            public partial class OrderReceived
            {
                public string AccountId { get; set; }
            }
            """;

        await Verifier.VerifyAsync(source, Verifier.Diagnostic(DiagnosticDescriptors.MissingUserIdId).WithSpan(4, 22, 4, 35).WithArguments("OrderReceived", "a track"));
    }

    [Fact]
    public async Task Group_DoesNotTrigger()
    {
        await Verifier.VerifyAsync("""
            using CsbGenerators;

            [CsbAccount]
            public partial class Updated
            {
                public string AccountId { get; set; }
            }
            """);
    }

    [Fact]
    public async Task UserIdMember_DoesNotTrigger()
    {
        await Verifier.VerifyAsync("""
            using CsbGenerators;

            [CsbTrack("Order Received")]
            public partial class OrderReceived
            {
                public string AccountId { get; set; }

                [CsbPropertyName("user_id")]
                public string Email { get; set; }
            }

            [CsbIdentify]
            public partial record UserIdentified(string AccountId, string UserId);
            """);
    }

    [Fact]
    public async Task SnakeCaseOfOtherSpelling_DoesNotTrigger()
    {
        // UserID and User_Id both map to user_id under the naming policy.
        await Verifier.VerifyAsync("""
            using CsbGenerators;

            [CsbPage("orders")]
            public partial class OrdersViewed
            {
                public string AccountId { get; set; }
                public string UserID { get; set; }
            }
            """);
    }
}
