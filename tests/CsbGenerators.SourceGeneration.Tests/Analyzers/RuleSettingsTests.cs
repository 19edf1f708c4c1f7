using System.Threading.Tasks;
using CsbGenerators.SourceGeneration.Diagnostics;
using Xunit;
using Verifier = CsbGenerators.SourceGeneration.Tests.Infrastructure.AnalyzerVerifier<CsbGenerators.SourceGeneration.Analyzers.MissingUserIdAnalyzer>;

namespace CsbGenerators.SourceGeneration.Tests.Analyzers;

/// <summary>The usual switches turn a rule off: an .editorconfig severity and <c>#pragma warning disable</c>.</summary>
public class RuleSettingsTests
{
    private const string Source = """
        using CsbGenerators;

        [CsbTrack("Order Received")]
        public partial class OrderReceived
        {
            public string AccountId { get; set; }
        }
        """;

    [Fact]
    public async Task EditorConfigSeverityNone_Silences()
    {
        var test = Verifier.CreateTest(Source);
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", """
            root = true

            [*.cs]
            dotnet_diagnostic.CSB1002.severity = none
            """));

        await test.RunAsync();
    }

    [Fact]
    public async Task EditorConfigSeverityWarning_Downgrades()
    {
        var test = Verifier.CreateTest(Source.Replace("class OrderReceived", "class {|#0:OrderReceived|}"));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", """
            root = true

            [*.cs]
            dotnet_diagnostic.CSB1002.severity = warning
            """));
        test.ExpectedDiagnostics.Add(Verifier.Diagnostic(DiagnosticDescriptors.MissingUserIdId)
            .WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning)
            .WithLocation(0)
            .WithArguments("OrderReceived", "a track"));

        await test.RunAsync();
    }

    [Fact]
    public async Task PragmaWarningDisable_Suppresses()
    {
        await Verifier.VerifyAsync("""
            using CsbGenerators;

            [CsbTrack("Order Received")]
            #pragma warning disable CSB1002 // Sent only by a job that sets the user in a base class at run time.
            public partial class OrderReceived
            #pragma warning restore CSB1002
            {
                public string AccountId { get; set; }
            }
            """);
    }

    [Fact]
    public async Task WithoutSettings_Reports()
    {
        await Verifier.VerifyAsync(
            Source.Replace("class OrderReceived", "class {|#0:OrderReceived|}"),
            Verifier.Diagnostic(DiagnosticDescriptors.MissingUserIdId).WithLocation(0).WithArguments("OrderReceived", "a track"));
    }
}
