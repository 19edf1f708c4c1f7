using System.Threading.Tasks;
using CsbGenerators.SourceGeneration.Diagnostics;
using Xunit;
using Verifier = CsbGenerators.SourceGeneration.Tests.Infrastructure.AnalyzerVerifier<CsbGenerators.SourceGeneration.Analyzers.UnsupportedTypeShapeAnalyzer>;

namespace CsbGenerators.SourceGeneration.Tests.Analyzers;

public class UnsupportedTypeShapeAnalyzerTests
{
    [Theory]
    [InlineData("public partial class {|#0:Changed|}<T>", "a generic type definition")]
    [InlineData("public abstract partial class {|#0:Changed|}", "an abstract class")]
    [InlineData("public static partial class {|#0:Changed|}", "a static class")]
    [InlineData("public ref partial struct {|#0:Changed|}", "a ref struct")]
    [InlineData("file partial class {|#0:Changed|}", "a file-local type")]
    public async Task UnsupportedShapes_Trigger(string declaration, string shape)
    {
        var source = $$"""
            using CsbGenerators;

            [CsbAccount]
            {{declaration}}
            {
            }
            """;

        await Verifier.VerifyAsync(source, Verifier.Diagnostic(DiagnosticDescriptors.UnsupportedTypeShapeId).WithLocation(0).WithArguments("Changed", shape));
    }

    [Fact]
    public async Task Interface_Triggers()
    {
        // The compiler rejects the attribute on an interface too, because its usage allows only classes and structs.
        var source = """
            using CsbGenerators;

            [{|CS0592:CsbTrack|}("Viewed")]
            public partial interface IViewed
            {
            }
            """;

        await Verifier.VerifyAsync(source, Verifier.Diagnostic(DiagnosticDescriptors.UnsupportedTypeShapeId).WithSpan(4, 26, 4, 33).WithArguments("IViewed", "an interface"));
    }

    [Fact]
    public async Task SupportedShapes_DoNotTrigger()
    {
        await Verifier.VerifyAsync("""
            using CsbGenerators;

            public partial class Outer<T>
            {
                [CsbAccount]
                public sealed partial class InGenericOuter { public string AccountId; }
            }

            [CsbAccount] public partial struct Plain { public string AccountId; }
            [CsbAccount] public partial record Record(string AccountId);
            [CsbAccount] public readonly partial record struct RecordStruct(string AccountId);
            """);
    }
}
