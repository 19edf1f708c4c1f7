using System.Linq;
using System.Threading.Tasks;
using CsbGenerators.SourceGeneration.Diagnostics;
using Xunit;
using Verifier = CsbGenerators.SourceGeneration.Tests.Infrastructure.AnalyzerVerifier<CsbGenerators.SourceGeneration.Analyzers.NameTooLongAnalyzer>;

namespace CsbGenerators.SourceGeneration.Tests.Analyzers;

public class NameTooLongAnalyzerTests
{
    private static readonly string Name64 = new('a', 64);
    private static readonly string Name65 = new('a', 65);

    [Fact]
    public async Task EventName65_Triggers()
    {
        var source = $$"""
            using CsbGenerators;

            [CsbTrack("{{Name65}}")]
            public partial class OrderReceived { public string AccountId; public string UserId; }
            """;

        await Verifier.VerifyAsync(source, Verifier.Diagnostic(DiagnosticDescriptors.NameTooLongId).WithSpan(3, 11, 3, 78).WithArguments("track event name of 'OrderReceived'", "65"));
    }

    [Fact]
    public async Task ProductAndModule65_Trigger()
    {
        var source = $$"""
            using CsbGenerators;

            [CsbTrack("Order Received", {|#0:Product = "{{Name65}}"|}, {|#1:Module = "{{Name65}}b"|})]
            public partial class OrderReceived { public string AccountId; public string UserId; }
            """;

        await Verifier.VerifyAsync(
            source,
            Verifier.Diagnostic(DiagnosticDescriptors.NameTooLongId).WithLocation(0).WithArguments("product name of 'OrderReceived'", "65"),
            Verifier.Diagnostic(DiagnosticDescriptors.NameTooLongId).WithLocation(1).WithArguments("module name of 'OrderReceived'", "66"));
    }

    [Fact]
    public async Task Names64_DoNotTrigger()
    {
        // 64 emoji are 128 UTF-16 code units but 64 characters.
        var emoji = string.Concat(Enumerable.Repeat("📦", 64));
        await Verifier.VerifyAsync($$"""
            using CsbGenerators;

            [CsbTrack("{{Name64}}", Product = "{{emoji}}", Module = "{{Name64}}")]
            public partial class OrderReceived { public string AccountId; public string UserId; }
            """);
    }

    [Fact]
    public async Task PageName65_DoesNotTrigger()
    {
        // Page views never reach the CustomerSuccessBox feature endpoint, whose limit this rule enforces.
        await Verifier.VerifyAsync($$"""
            using CsbGenerators;

            [CsbPage("{{Name65}}")]
            public partial class OrdersViewed { public string AccountId; public string UserId; }
            """);
    }
}
