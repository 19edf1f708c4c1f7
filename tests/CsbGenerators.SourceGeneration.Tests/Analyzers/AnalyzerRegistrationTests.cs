using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using CsbGenerators.SourceGeneration.Analyzers.Common;
using CsbGenerators.SourceGeneration.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace CsbGenerators.SourceGeneration.Tests.Analyzers;

/// <summary>
/// How the analyzers hook into the compiler: per-type rules through one symbol action, cross-type rules
/// through a compilation-end action, and nothing at all in a compilation that cannot see the attributes.
/// </summary>
public class AnalyzerRegistrationTests
{
    private const string EventSource = """
        using CsbGenerators;

        [CsbAccount]
        public partial class AccountUpdated { public string AccountId; }
        """;

    [Fact]
    public async Task PerTypeRules_UseOneSymbolActionEach()
    {
        var compilation = GeneratorHarness.CreateCompilation(EventSource);

        foreach (var analyzer in AllAnalyzers.Create().Where(a => a is EventTypeAnalyzer))
        {
            var telemetry = await TelemetryAsync(compilation, analyzer);

            Assert.Equal(1, telemetry.CompilationStartActionsCount);
            Assert.Equal(1, telemetry.SymbolActionsCount);
            Assert.Equal(0, telemetry.CompilationEndActionsCount);
            Assert.Equal(0, telemetry.SyntaxNodeActionsCount);
        }
    }

    [Fact]
    public async Task CrossTypeRules_UseCompilationEndAction()
    {
        var compilation = GeneratorHarness.CreateCompilation(EventSource);
        var crossType = AllAnalyzers.Create().Where(a => a is TrackFeatureAnalyzer).ToList();

        Assert.Equal(2, crossType.Count);
        foreach (var analyzer in crossType)
        {
            var telemetry = await TelemetryAsync(compilation, analyzer);

            Assert.Equal(1, telemetry.SymbolActionsCount);
            Assert.Equal(1, telemetry.CompilationEndActionsCount);
        }
    }

    [Fact]
    public async Task CompilationWithoutAttributes_RegistersNothing()
    {
        var compilation = CSharpCompilation.Create(
            "NoRuntimeLibrary",
            new[] { CSharpSyntaxTree.ParseText("public partial class AccountUpdated { public string Name; }") },
            new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) });

        foreach (var analyzer in AllAnalyzers.Create())
        {
            var telemetry = await TelemetryAsync(compilation, analyzer);

            Assert.Equal(1, telemetry.CompilationStartActionsCount);
            Assert.Equal(0, telemetry.SymbolActionsCount);
            Assert.Equal(0, telemetry.CompilationEndActionsCount);
        }
    }

    [Fact]
    public async Task AttributeDeclaredInSource_IsRecognized()
    {
        // The generator matches attributes by name, so an attribute the project declares itself counts too.
        var compilation = CSharpCompilation.Create(
            "OwnAttribute",
            new[] { CSharpSyntaxTree.ParseText("namespace CsbGenerators { class CsbAccountAttribute : System.Attribute { } } [CsbGenerators.CsbAccount] partial class X { }") },
            new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) });

        var (diagnostics, exceptions) = await AllAnalyzers.RunAsync(compilation);

        Assert.Empty(exceptions);
        Assert.Equal("CSB1001", Assert.Single(diagnostics).Id);
    }

    [Fact]
    public void EveryAnalyzer_IsForCSharp()
    {
        var analyzers = AllAnalyzers.Create();

        Assert.Equal(14, analyzers.Length);
        foreach (var analyzer in analyzers)
        {
            var attribute = (DiagnosticAnalyzerAttribute)analyzer.GetType().GetCustomAttributes(typeof(DiagnosticAnalyzerAttribute), false).Single();
            Assert.Equal(new[] { LanguageNames.CSharp }, attribute.Languages);
        }
    }

    private static async Task<Microsoft.CodeAnalysis.Diagnostics.Telemetry.AnalyzerTelemetryInfo> TelemetryAsync(Compilation compilation, DiagnosticAnalyzer analyzer)
    {
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: true, logAnalyzerExecutionTime: false);
        var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create(analyzer), options);
        await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        return await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, default);
    }
}
