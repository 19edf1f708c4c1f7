using System.Threading.Tasks;
using CsbGenerators.SourceGeneration.Diagnostics;
using Xunit;
using Verifier = CsbGenerators.SourceGeneration.Tests.Infrastructure.AnalyzerVerifier<CsbGenerators.SourceGeneration.Analyzers.NullableIdAnalyzer>;

namespace CsbGenerators.SourceGeneration.Tests.Analyzers;

public class NullableIdAnalyzerTests
{
    [Fact]
    public async Task NullableString_Triggers()
    {
        var source = """
            #nullable enable
            using CsbGenerators;

            [CsbIdentify]
            public partial class UserIdentified
            {
                public string? AccountId { get; set; }
                public string UserId { get; set; } = "";
            }
            """;

        await Verifier.VerifyAsync(source, Verifier.Diagnostic(DiagnosticDescriptors.NullableIdId).WithSpan(7, 20, 7, 29).WithArguments("UserIdentified.AccountId", "account_id"));
    }

    [Fact]
    public async Task NullableValueTypes_Trigger()
    {
        var source = """
            using System;
            using CsbGenerators;

            [CsbTrack("Order Received")]
            public partial struct OrderReceived
            {
                public Guid? {|#0:AccountId|};
                public long? {|#1:UserId|} { get; set; }
            }
            """;

        await Verifier.VerifyAsync(
            source,
            Verifier.Diagnostic(DiagnosticDescriptors.NullableIdId).WithLocation(0).WithArguments("OrderReceived.AccountId", "account_id"),
            Verifier.Diagnostic(DiagnosticDescriptors.NullableIdId).WithLocation(1).WithArguments("OrderReceived.UserId", "user_id"));
    }

    [Fact]
    public async Task PositionalRecordParameter_TriggersOnParameter()
    {
        var source = """
            #nullable enable
            using CsbGenerators;

            [CsbPage("orders")]
            public partial record OrdersViewed(string AccountId, string? {|#0:UserId|});
            """;

        await Verifier.VerifyAsync(source, Verifier.Diagnostic(DiagnosticDescriptors.NullableIdId).WithLocation(0).WithArguments("OrdersViewed.UserId", "user_id"));
    }

    [Fact]
    public async Task NonNullableIds_DoNotTrigger()
    {
        await Verifier.VerifyAsync("""
            #nullable enable
            using System;
            using CsbGenerators;

            [CsbIdentify]
            public partial class UserIdentified
            {
                public required string AccountId { get; init; }
                public Guid UserId { get; set; }
                public string? Name { get; set; }
            }
            """);
    }

    [Fact]
    public async Task NullableDisabled_DoesNotTrigger()
    {
        await Verifier.VerifyAsync("""
            #nullable disable
            using CsbGenerators;

            [CsbIdentify]
            public partial class UserIdentified
            {
                public string AccountId { get; set; }
                public string UserId { get; set; }
            }
            """);
    }

    [Fact]
    public async Task OptionalGroupUserId_DoesNotTrigger()
    {
        await Verifier.VerifyAsync("""
            #nullable enable
            using CsbGenerators;

            [CsbAccount]
            public partial class AccountUpdated
            {
                public string AccountId { get; set; } = "";
                public string? UserId { get; set; }
            }
            """);
    }

    [Fact]
    public async Task InheritedNullableId_TriggersOnEventType()
    {
        var source = """
            #nullable enable
            using CsbGenerators;

            public class AccountEvent
            {
                public string? AccountId { get; set; }
            }

            [CsbAccount]
            public partial class {|#0:AccountUpdated|} : AccountEvent
            {
            }
            """;

        await Verifier.VerifyAsync(source, Verifier.Diagnostic(DiagnosticDescriptors.NullableIdId).WithLocation(0).WithArguments("AccountEvent.AccountId", "account_id"));
    }
}
