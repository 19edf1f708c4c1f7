using System.Threading.Tasks;
using CsbGenerators.SourceGeneration.Diagnostics;
using Xunit;
using Verifier = CsbGenerators.SourceGeneration.Tests.Infrastructure.AnalyzerVerifier<CsbGenerators.SourceGeneration.Analyzers.DuplicateJsonNameAnalyzer>;

namespace CsbGenerators.SourceGeneration.Tests.Analyzers;

public class DuplicateJsonNameAnalyzerTests
{
    [Fact]
    public async Task PropertyNameCollision_TriggersOnLaterMember()
    {
        var source = """
            using CsbGenerators;

            [CsbIdentify]
            public partial class UserIdentified
            {
                public string AccountId { get; set; }
                public string UserId { get; set; }

                [CsbPropertyName("user_id")]
                public string Email { get; set; }
            }
            """;

        await Verifier.VerifyAsync(source, Verifier.Diagnostic(DiagnosticDescriptors.DuplicateJsonNameId).WithSpan(10, 19, 10, 24).WithArguments("UserIdentified.UserId", "UserIdentified.Email", "user_id"));
    }

    [Fact]
    public async Task NamingPolicyCollision_Triggers()
    {
        var source = """
            using CsbGenerators;

            [CsbAccount]
            public partial class AccountUpdated
            {
                public string AccountId { get; set; }
                public string PlanName;
                public string {|#0:Plan_Name|};
            }
            """;

        await Verifier.VerifyAsync(source, Verifier.Diagnostic(DiagnosticDescriptors.DuplicateJsonNameId).WithLocation(0).WithArguments("AccountUpdated.PlanName", "AccountUpdated.Plan_Name", "plan_name"));
    }

    [Fact]
    public async Task BaseAndDerived_TriggerOnDerivedMember()
    {
        var source = """
            using CsbGenerators;

            public class AccountEvent
            {
                public string AccountId { get; set; }
            }

            [CsbAccount]
            public partial class AccountUpdated : AccountEvent
            {
                [CsbPropertyName("account_id")]
                public string {|#0:Tenant|} { get; set; }
            }
            """;

        await Verifier.VerifyAsync(source, Verifier.Diagnostic(DiagnosticDescriptors.DuplicateJsonNameId).WithLocation(0).WithArguments("AccountEvent.AccountId", "AccountUpdated.Tenant", "account_id"));
    }

    [Fact]
    public async Task DistinctNamesAndHiding_DoNotTrigger()
    {
        await Verifier.VerifyAsync("""
            using CsbGenerators;

            public class AccountEvent
            {
                public string AccountId { get; set; }
            }

            [CsbAccount]
            public partial class AccountUpdated : AccountEvent
            {
                public new string AccountId { get; set; }

                [CsbPropertyName("user_id")]
                public string Owner { get; set; }

                [CsbIgnore]
                [CsbPropertyName("user_id")]
                public string Ignored { get; set; }
            }
            """);
    }
}
