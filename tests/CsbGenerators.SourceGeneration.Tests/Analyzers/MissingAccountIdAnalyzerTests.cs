using System.Threading.Tasks;
using CsbGenerators.SourceGeneration.Diagnostics;
using Xunit;
using Verifier = CsbGenerators.SourceGeneration.Tests.Infrastructure.AnalyzerVerifier<CsbGenerators.SourceGeneration.Analyzers.MissingAccountIdAnalyzer>;

namespace CsbGenerators.SourceGeneration.Tests.Analyzers;

public class MissingAccountIdAnalyzerTests
{
    [Theory]
    [InlineData("[CsbIdentify]")]
    [InlineData("[CsbTrack(\"Order Received\")]")]
    [InlineData("[CsbAccount]")]
    [InlineData("[CsbPage(\"orders\")]")]
    public async Task EveryKind_Triggers(string attribute)
    {
        var source = $$"""
            using CsbGenerators;

            {{attribute}}
            public partial class {|#0:Changed|}
            {
                public string UserId { get; set; }
            }
            """;

        await Verifier.VerifyAsync(source, Verifier.Diagnostic(DiagnosticDescriptors.MissingAccountIdId).WithLocation(0).WithArguments("Changed"));
    }

    [Fact]
    public async Task SpanAndArguments_NameTheNestedType()
    {
        var source = """
            using CsbGenerators;

            namespace Shop
            {
                public partial class Outer
                {
                    [CsbAccount]
                    public partial struct Updated
                    {
                        public string Name;
                    }
                }
            }
            """;

        await Verifier.VerifyAsync(source, Verifier.Diagnostic(DiagnosticDescriptors.MissingAccountIdId).WithSpan(8, 31, 8, 38).WithArguments("Outer.Updated"));
    }

    [Fact]
    public async Task AccountIdProperty_DoesNotTrigger()
    {
        await Verifier.VerifyAsync("""
            using CsbGenerators;

            [CsbAccount]
            public partial class Updated
            {
                public string AccountId { get; set; }
            }
            """);
    }

    [Fact]
    public async Task AccountIdField_DoesNotTrigger()
    {
        await Verifier.VerifyAsync("""
            using CsbGenerators;

            [CsbAccount]
            public partial struct Updated
            {
                public long AccountId;
            }
            """);
    }

    [Fact]
    public async Task PropertyNameAttribute_DoesNotTrigger()
    {
        await Verifier.VerifyAsync("""
            using CsbGenerators;

            [CsbAccount]
            public partial class Updated
            {
                [CsbPropertyName("account_id")]
                public string Tenant { get; set; }
            }
            """);
    }

    [Fact]
    public async Task PositionalRecordParameter_DoesNotTrigger()
    {
        await Verifier.VerifyAsync("""
            using CsbGenerators;

            [CsbAccount]
            public partial record Updated([property: CsbPropertyName("account_id")] string Tenant);

            [CsbAccount]
            public partial record struct Renamed(string AccountId);
            """);
    }

    [Fact]
    public async Task InheritedMember_DoesNotTrigger()
    {
        await Verifier.VerifyAsync("""
            using CsbGenerators;

            public class AccountEvent
            {
                public string AccountId { get; set; }
            }

            [CsbAccount]
            public partial class Updated : AccountEvent
            {
                public string Name { get; set; }
            }
            """);
    }

    [Fact]
    public async Task IgnoredAccountId_Triggers()
    {
        var source = """
            using CsbGenerators;

            [CsbAccount]
            public partial class {|#0:Updated|}
            {
                [CsbIgnore]
                public string AccountId { get; set; }
            }
            """;

        await Verifier.VerifyAsync(source, Verifier.Diagnostic(DiagnosticDescriptors.MissingAccountIdId).WithLocation(0).WithArguments("Updated"));
    }

    [Fact]
    public async Task AccountIdRenamedAway_Triggers()
    {
        var source = """
            using CsbGenerators;

            [CsbAccount]
            public partial class {|#0:Updated|}
            {
                [CsbPropertyName("account")]
                public string AccountId { get; set; }

                internal string AccountID { get; set; }
            }
            """;

        // AccountID would map to account_id, but the serializer writes only public members.
        await Verifier.VerifyAsync(source, Verifier.Diagnostic(DiagnosticDescriptors.MissingAccountIdId).WithLocation(0).WithArguments("Updated"));
    }

    [Fact]
    public async Task UnresolvedBaseType_DoesNotTrigger()
    {
        await Verifier.VerifyAsync("""
            using CsbGenerators;

            [CsbAccount]
            public partial class Updated : {|CS0246:MissingBase|}
            {
            }
            """);
    }

    [Fact]
    public async Task DiagnosticGoesOnAttributedDeclaration()
    {
        var test = Verifier.CreateTest(
            """
            public partial class Updated
            {
                public string Name { get; set; }
            }
            """,
            """
            using CsbGenerators;

            [CsbAccount]
            public partial class {|#0:Updated|}
            {
            }
            """);
        test.ExpectedDiagnostics.Add(Verifier.Diagnostic(DiagnosticDescriptors.MissingAccountIdId).WithLocation(0).WithArguments("Updated"));

        await test.RunAsync();
    }

    [Fact]
    public async Task TypeWithoutCallAttribute_DoesNotTrigger()
    {
        await Verifier.VerifyAsync("""
            using CsbGenerators;

            public partial class NotAnEvent
            {
                [CsbPropertyName("name")]
                public string Name { get; set; }
            }
            """);
    }

}
