using System.Threading.Tasks;
using CsbGenerators.SourceGeneration.Diagnostics;
using Xunit;
using Verifier = CsbGenerators.SourceGeneration.Tests.Infrastructure.AnalyzerVerifier<CsbGenerators.SourceGeneration.Analyzers.FeatureReusedAnalyzer>;

namespace CsbGenerators.SourceGeneration.Tests.Analyzers;

public class FeatureReusedAnalyzerTests
{
    [Fact]
    public async Task FeatureUnderTwoModules_TriggersOnLaterType()
    {
        var source = """
            using CsbGenerators;

            [CsbTrack("Report Created", Module = "Reports")]
            public partial class ReportCreated { public string AccountId; public string UserId; }

            [CsbTrack("Report Created", Module = "Exports")]
            public partial class ExportCreated { public string AccountId; public string UserId; }
            """;

        await Verifier.VerifyAsync(
            source,
            Verifier.Diagnostic(DiagnosticDescriptors.FeatureReusedId).WithSpan(6, 11, 6, 27).WithArguments("Feature", "Report Created", "ExportCreated", "module", "Exports", "ReportCreated", "Reports"));
    }

    [Fact]
    public async Task ModuleUnderTwoProducts_TriggersOnModuleArgument()
    {
        var source = """
            using CsbGenerators;

            [CsbTrack("Report Created", Product = "Analytics", Module = "Reports")]
            public partial class ReportCreated { public string AccountId; public string UserId; }

            [CsbTrack("Report Shared", Product = "Sharing", {|#0:Module = "Reports"|})]
            public partial class ReportShared { public string AccountId; public string UserId; }
            """;

        await Verifier.VerifyAsync(
            source,
            Verifier.Diagnostic(DiagnosticDescriptors.FeatureReusedId).WithLocation(0).WithArguments("Module", "Reports", "ReportShared", "product", "Sharing", "ReportCreated", "Analytics"));
    }

    [Fact]
    public async Task TypesInTwoFiles_ReportOnLaterFile()
    {
        var test = Verifier.CreateTest(
            """
            using CsbGenerators;

            [CsbTrack("Report Created", Module = "Reports")]
            public partial class ReportCreated { public string AccountId; public string UserId; }
            """,
            """
            using CsbGenerators;

            [CsbTrack({|#0:"Report Created"|}, Module = "Exports")]
            public partial class ExportCreated { public string AccountId; public string UserId; }
            """);
        test.ExpectedDiagnostics.Add(Verifier.Diagnostic(DiagnosticDescriptors.FeatureReusedId).WithLocation(0).WithArguments("Feature", "Report Created", "ExportCreated", "module", "Exports", "ReportCreated", "Reports"));

        await test.RunAsync();
    }

    [Fact]
    public async Task ConsistentGroupings_DoNotTrigger()
    {
        await Verifier.VerifyAsync("""
            using CsbGenerators;

            [CsbTrack("Report Created", Product = "Analytics", Module = "Reports")]
            public partial class ReportCreated { public string AccountId; public string UserId; }

            [CsbTrack("Report Created", Product = "Analytics", Module = "Reports")]
            public partial class ReportCreatedAgain { public string AccountId; public string UserId; }

            [CsbTrack("Report Shared", Product = "Analytics", Module = "Reports")]
            public partial class ReportShared { public string AccountId; public string UserId; }

            [CsbTrack("Report Created")]
            public partial class ReportCreatedWithoutModule { public string AccountId; public string UserId; }
            """);
    }

    [Fact]
    public async Task ModuleFromMember_DoesNotTrigger()
    {
        // A module_id member wins over the attribute when set, so the module is not known at compile time.
        await Verifier.VerifyAsync("""
            using CsbGenerators;

            [CsbTrack("Report Created", Module = "Reports")]
            public partial class ReportCreated { public string AccountId; public string UserId; }

            [CsbTrack("Report Created", Module = "Exports")]
            public partial class ExportCreated { public string AccountId; public string UserId; public string ModuleId; }
            """);
    }
}
