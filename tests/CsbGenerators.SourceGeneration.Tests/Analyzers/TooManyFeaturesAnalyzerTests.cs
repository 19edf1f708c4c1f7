using System.Globalization;
using System.Text;
using System.Threading.Tasks;
using CsbGenerators.SourceGeneration.Diagnostics;
using Xunit;
using Verifier = CsbGenerators.SourceGeneration.Tests.Infrastructure.AnalyzerVerifier<CsbGenerators.SourceGeneration.Analyzers.TooManyFeaturesAnalyzer>;

namespace CsbGenerators.SourceGeneration.Tests.Analyzers;

public class TooManyFeaturesAnalyzerTests
{
    [Fact]
    public async Task Feature257_TriggersOnItsName()
    {
        var source = TrackTypes(257, i => $"Feature {i}", _ => "Reports", markFeature: 256);

        await Verifier.VerifyAsync(source, Verifier.Diagnostic(DiagnosticDescriptors.TooManyFeaturesId).WithLocation(0).WithArguments("257", "features"));
    }

    [Fact]
    public async Task Module257_TriggersOnModuleArgument()
    {
        var source = TrackTypes(257, i => "Feature " + (i % 10).ToString(CultureInfo.InvariantCulture), i => $"Module {i}", markModule: 256);

        await Verifier.VerifyAsync(source, Verifier.Diagnostic(DiagnosticDescriptors.TooManyFeaturesId).WithLocation(0).WithArguments("257", "modules"));
    }

    [Fact]
    public async Task Features256_DoNotTrigger()
    {
        // 300 types, but only 256 distinct features and modules.
        await Verifier.VerifyAsync(TrackTypes(300, i => $"Feature {i % 256}", i => $"Module {i % 256}"));
    }

    private static string TrackTypes(int count, System.Func<int, string> feature, System.Func<int, string> module, int markFeature = -1, int markModule = -1)
    {
        var source = new StringBuilder("using CsbGenerators;\n");
        for (var i = 0; i < count; i++)
        {
            var featureArgument = $"\"{feature(i)}\"";
            var moduleArgument = $"Module = \"{module(i)}\"";
            featureArgument = i == markFeature ? "{|#0:" + featureArgument + "|}" : featureArgument;
            moduleArgument = i == markModule ? "{|#0:" + moduleArgument + "|}" : moduleArgument;
            source.Append(CultureInfo.InvariantCulture, $"[CsbTrack({featureArgument}, {moduleArgument})] public partial class Track{i} {{ public string AccountId; public string UserId; }}\n");
        }

        return source.ToString();
    }
}
