using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace CsbGenerators.SourceGeneration.Tests.Infrastructure;

/// <summary>
/// Runs one analyzer over test source with Microsoft.CodeAnalysis.Testing, against the .NET 8 reference
/// assemblies and the runtime library that declares the attributes.
/// </summary>
internal static class AnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static DiagnosticResult Diagnostic(string id) => CSharpAnalyzerVerifier<TAnalyzer, DefaultVerifier>.Diagnostic(id);

    public static Task VerifyAsync(string source, params DiagnosticResult[] expected)
    {
        var test = CreateTest(source);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    public static CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> CreateTest(params string[] sources)
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
        {
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
        };

        foreach (var source in sources)
        {
            test.TestState.Sources.Add(source);
        }

        test.TestState.AdditionalReferences.Add(typeof(CsbTrackAttribute).Assembly);
        return test;
    }
}
