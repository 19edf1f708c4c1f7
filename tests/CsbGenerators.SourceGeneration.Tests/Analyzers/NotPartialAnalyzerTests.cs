using System.Threading.Tasks;
using CsbGenerators.SourceGeneration.Diagnostics;
using Xunit;
using Verifier = CsbGenerators.SourceGeneration.Tests.Infrastructure.AnalyzerVerifier<CsbGenerators.SourceGeneration.Analyzers.NotPartialAnalyzer>;

namespace CsbGenerators.SourceGeneration.Tests.Analyzers;

public class NotPartialAnalyzerTests
{
    [Fact]
    public async Task TypeWithoutPartial_Triggers()
    {
        var source = """
            using CsbGenerators;

            [CsbAccount]
            public class AccountUpdated
            {
                public string AccountId { get; set; }
            }
            """;

        await Verifier.VerifyAsync(source, Verifier.Diagnostic(DiagnosticDescriptors.NotPartialId).WithSpan(4, 14, 4, 28).WithArguments("AccountUpdated", "it is"));
    }

    [Fact]
    public async Task ContainingTypeWithoutPartial_Triggers()
    {
        var source = """
            using CsbGenerators;

            public class Outer
            {
                public partial struct Middle
                {
                    [CsbAccount]
                    public partial record {|#0:AccountUpdated|}(string AccountId);
                }
            }
            """;

        await Verifier.VerifyAsync(source, Verifier.Diagnostic(DiagnosticDescriptors.NotPartialId).WithLocation(0).WithArguments("Outer.Middle.AccountUpdated", "its containing type 'Outer' is"));
    }

    [Fact]
    public async Task InnermostNonPartialIsNamed()
    {
        var source = """
            using CsbGenerators;

            public class Outer
            {
                public struct Middle
                {
                    [CsbAccount]
                    public record struct {|#0:AccountUpdated|}(string AccountId);
                }
            }
            """;

        await Verifier.VerifyAsync(source, Verifier.Diagnostic(DiagnosticDescriptors.NotPartialId).WithLocation(0).WithArguments("Outer.Middle.AccountUpdated", "it is"));
    }

    [Fact]
    public async Task PartialChain_DoesNotTrigger()
    {
        await Verifier.VerifyAsync("""
            using CsbGenerators;

            public static partial class Outer
            {
                public partial struct Middle
                {
                    [CsbAccount]
                    public partial record struct AccountUpdated(string AccountId);
                }
            }
            """);
    }
}
