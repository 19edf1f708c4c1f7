using System.Threading.Tasks;
using CsbGenerators.SourceGeneration.Diagnostics;
using Xunit;
using Verifier = CsbGenerators.SourceGeneration.Tests.Infrastructure.AnalyzerVerifier<CsbGenerators.SourceGeneration.Analyzers.ConflictingKindsAnalyzer>;

namespace CsbGenerators.SourceGeneration.Tests.Analyzers;

public class ConflictingKindsAnalyzerTests
{
    [Fact]
    public async Task TwoKinds_TriggerOnSecond()
    {
        var source = """
            using CsbGenerators;

            [CsbIdentify, CsbAccount]
            public partial class Changed
            {
                public string AccountId { get; set; }
                public string UserId { get; set; }
            }
            """;

        await Verifier.VerifyAsync(source, Verifier.Diagnostic(DiagnosticDescriptors.ConflictingKindsId).WithSpan(3, 15, 3, 25).WithArguments("Changed", "CsbIdentify", "CsbAccount"));
    }

    [Fact]
    public async Task ThreeKinds_TriggerOnEachExtra()
    {
        var source = """
            using CsbGenerators;

            [CsbTrack("Viewed")]
            [{|#0:CsbPage("orders")|}]
            [{|#1:CsbIdentifyAttribute|}]
            public partial class Changed
            {
            }
            """;

        await Verifier.VerifyAsync(
            source,
            Verifier.Diagnostic(DiagnosticDescriptors.ConflictingKindsId).WithLocation(0).WithArguments("Changed", "CsbTrack", "CsbPage"),
            Verifier.Diagnostic(DiagnosticDescriptors.ConflictingKindsId).WithLocation(1).WithArguments("Changed", "CsbTrack", "CsbIdentify"));
    }

    [Fact]
    public async Task OneKind_DoesNotTrigger()
    {
        await Verifier.VerifyAsync("""
            using CsbGenerators;

            [CsbIdentify]
            [System.Serializable]
            public partial class Changed
            {
                [CsbPropertyName("account_id")]
                public string Account { get; set; }
            }
            """);
    }

    [Fact]
    public async Task KindsOnTwoPartialDeclarations_Trigger()
    {
        var test = Verifier.CreateTest(
            """
            using CsbGenerators;

            [CsbAccount]
            public partial class Changed
            {
            }
            """,
            """
            using CsbGenerators;

            [{|#0:CsbIdentify|}]
            public partial class Changed
            {
            }
            """);
        test.ExpectedDiagnostics.Add(Verifier.Diagnostic(DiagnosticDescriptors.ConflictingKindsId).WithLocation(0).WithArguments("Changed", "CsbAccount", "CsbIdentify"));

        await test.RunAsync();
    }
}
