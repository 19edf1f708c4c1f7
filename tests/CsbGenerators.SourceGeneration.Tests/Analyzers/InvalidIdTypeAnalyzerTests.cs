using System.Threading.Tasks;
using CsbGenerators.SourceGeneration.Diagnostics;
using Xunit;
using Verifier = CsbGenerators.SourceGeneration.Tests.Infrastructure.AnalyzerVerifier<CsbGenerators.SourceGeneration.Analyzers.InvalidIdTypeAnalyzer>;

namespace CsbGenerators.SourceGeneration.Tests.Analyzers;

public class InvalidIdTypeAnalyzerTests
{
    [Fact]
    public async Task BoolAccountId_Triggers()
    {
        var source = """
            using CsbGenerators;

            [CsbIdentify]
            public partial class UserIdentified
            {
                public bool AccountId { get; set; }
                public string UserId { get; set; }
            }
            """;

        await Verifier.VerifyAsync(source, Verifier.Diagnostic(DiagnosticDescriptors.InvalidIdTypeId).WithSpan(6, 17, 6, 26).WithArguments("UserIdentified.AccountId", "account_id", "bool"));
    }

    [Theory]
    [InlineData("double")]
    [InlineData("decimal")]
    [InlineData("System.DateTime")]
    [InlineData("System.DateTimeOffset?")]
    [InlineData("Plan")]
    public async Task NonIdTypes_Trigger(string type)
    {
        var source = $$"""
            using CsbGenerators;

            public enum Plan { Free }

            [CsbAccount]
            public partial class AccountUpdated
            {
                public string AccountId { get; set; }

                [CsbPropertyName("user_id")]
                public {{type}} {|#0:Owner|} { get; set; }
            }
            """;

        await Verifier.VerifyAsync(source, Verifier.Diagnostic(DiagnosticDescriptors.InvalidIdTypeId).WithLocation(0).WithArguments("AccountUpdated.Owner", "user_id", type));
    }

    [Theory]
    [InlineData("string")]
    [InlineData("int")]
    [InlineData("ulong?")]
    [InlineData("System.Guid")]
    [InlineData("byte")]
    public async Task IdTypes_DoNotTrigger(string type)
    {
        var source = $$"""
            using CsbGenerators;

            [CsbTrack("Order Received")]
            public partial class OrderReceived
            {
                public {{type}} AccountId { get; set; }
                public {{type}} UserId;
                public bool Express { get; set; }
            }
            """;

        await Verifier.VerifyAsync(source);
    }

    [Fact]
    public async Task UnsupportedType_DoesNotTrigger()
    {
        // The unsupported-member-type rule reports this member.
        await Verifier.VerifyAsync("""
            using CsbGenerators;

            [CsbAccount]
            public partial class AccountUpdated
            {
                public System.Action AccountId { get; set; }
            }
            """);
    }
}
