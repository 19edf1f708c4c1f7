using System.Linq;
using System.Threading.Tasks;
using CsbGenerators.SourceGeneration.Tests.Infrastructure;
using Xunit;

namespace CsbGenerators.SourceGeneration.Tests.Analyzers;

/// <summary>
/// Neither the analyzers (AD0001) nor the generator (CS8785) throw on code that is still being typed. The
/// analyzers run on the generator's output, as they do in a build.
/// </summary>
public class HalfTypedCodeAnalyzerTests
{
    [Theory]
    [InlineData("[CsbTrak] partial class X {}")]
    [InlineData("[CsbTrack(\"e\")] partial class X : Missing {}")]
    [InlineData("[CsbTrack(\"e\")] interface IX {}")]
    [InlineData("[CsbTrack(\"e\")] partial class X { public int { get; set; } }")]
    [InlineData("[CsbTrack] partial class X {}")]
    [InlineData("[CsbTrack(null)] partial class X {}")]
    [InlineData("[CsbTrack(\"e\"")]
    [InlineData("[CsbTrack(\"e\", Product = )] partial class X {}")]
    [InlineData("[CsbTrack(\"e\", Module = 1)] partial class X {}")]
    [InlineData("[CsbTrack(eventName: \"e\")] partial class X { public string AccountId; public string UserId; }")]
    [InlineData("[CsbTrack(\"e\")] partial class X { public Missing AccountId { get; set; } public List<Missing> UserId; }")]
    [InlineData("[CsbTrack(\"e\")] partial class X { [CsbPropertyName] public string AccountId { get; set; } }")]
    [InlineData("[CsbTrack(\"e\")] partial class X { [CsbPropertyName(null)] public string AccountId { get; set; } }")]
    [InlineData("[CsbTrack(\"e\")] partial class X { [CsbPropertyName(1)] public string AccountId; public string }")]
    [InlineData("[CsbTrack(\"e\")][CsbPage(\"p\")] partial class X { public string AccountId; public string UserId; }")]
    [InlineData("[CsbIdentify] partial class X<T> { public T AccountId; public string UserId; }")]
    [InlineData("[CsbIdentify] static partial class X { }")]
    [InlineData("[CsbIdentify] abstract partial class X { public string AccountId; public string UserId; }")]
    [InlineData("[CsbIdentify] ref partial struct X { public string AccountId; public string UserId; }")]
    [InlineData("[CsbIdentify] class NotPartial { public string AccountId; public string UserId; }")]
    [InlineData("[CsbIdentify] partial class X { public string AccountId; public string UserId; public object Extra; }")]
    [InlineData("[CsbIdentify] partial class X { public string AccountId; public string UserId; [CsbPropertyName(\"user_id\")] public string Other; }")]
    [InlineData("[CsbIdentify] partial class X : X { }")]
    [InlineData("class Outer { [CsbAccount] partial record R(string AccountId, ) ; }")]
    [InlineData("[CsbAccount] partial enum E { A }")]
    [InlineData("[CsbAccount] delegate void D();")]
    [InlineData("[CsbTrack(\"\\uD800\", Product = \"\", Module = \"m\")] partial struct S { public string AccountId => ; }")]
    public async Task HalfTypedSource_NeverThrows(string declaration)
    {
        var run = GeneratorHarness.Run("using System.Collections.Generic;\nusing CsbGenerators;\n" + declaration);

        var (_, exceptions) = await AllAnalyzers.RunAsync(run.Output);

        Assert.Empty(exceptions);
        Assert.Empty(run.GeneratorDiagnostics.Where(d => d.Id == "CS8785").Select(d => d.ToString()));
        Assert.All(run.Result.Results, result => Assert.Null(result.Exception));
    }

    [Fact]
    public async Task GeneratedCode_IsNotAnalyzed()
    {
        // The generator's output declares the event type again; a rule that looked at generated code
        // would report its partial declaration a second time.
        var run = GeneratorHarness.Run("""
            using CsbGenerators;

            [CsbTrack("Order Received")]
            public partial class OrderReceived
            {
                public string AccountId { get; set; } = "";
            }
            """);

        var (diagnostics, exceptions) = await AllAnalyzers.RunAsync(run.Output);

        Assert.Empty(exceptions);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("CSB1002", diagnostic.Id);
        Assert.Equal("Events0.cs", diagnostic.Location.SourceTree?.FilePath);
    }
}
