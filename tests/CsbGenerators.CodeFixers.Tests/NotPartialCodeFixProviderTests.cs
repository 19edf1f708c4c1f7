using System.Threading.Tasks;
using Xunit;
using Verifier = CsbGenerators.CodeFixers.Tests.CodeFixVerifier<CsbGenerators.SourceGeneration.Analyzers.NotPartialAnalyzer, CsbGenerators.CodeFixers.NotPartialCodeFixProvider>;

namespace CsbGenerators.CodeFixers.Tests;

public class NotPartialCodeFixProviderTests
{
    [Fact]
    public async Task Type_BecomesPartial()
    {
        var test = Verifier.CreateTest(
            """
            using CsbGenerators;

            [CsbAccount]
            public sealed class {|CSB1007:AccountUpdated|}
            {
                public string AccountId { get; set; }
            }
            """,
            """
            using CsbGenerators;

            [CsbAccount]
            public sealed partial class AccountUpdated
            {
                public string AccountId { get; set; }
            }
            """);
        test.CodeActionEquivalenceKey = NotPartialCodeFixProvider.MakePartialEquivalenceKey;

        await test.RunAsync();
    }

    [Fact]
    public async Task TypeWithoutModifiers_BecomesPartial()
    {
        var test = Verifier.CreateTest(
            """
            using CsbGenerators;

            [CsbAccount]
            record struct {|CSB1007:AccountUpdated|}(string AccountId);
            """,
            """
            using CsbGenerators;

            [CsbAccount]
            partial record struct AccountUpdated(string AccountId);
            """);

        await test.RunAsync();
    }

    [Fact]
    public async Task ContainingTypes_BecomePartial()
    {
        var test = Verifier.CreateTest(
            """
            using CsbGenerators;

            namespace Shop
            {
                public static class Events
                {
                    internal struct Accounts
                    {
                        [CsbAccount]
                        public record {|CSB1007:AccountUpdated|}(string AccountId);
                    }
                }
            }
            """,
            """
            using CsbGenerators;

            namespace Shop
            {
                public static partial class Events
                {
                    internal partial struct Accounts
                    {
                        [CsbAccount]
                        public partial record AccountUpdated(string AccountId);
                    }
                }
            }
            """);

        await test.RunAsync();
    }

    [Fact]
    public async Task FixAll_SharedContainingTypeChangesOnce()
    {
        var test = Verifier.CreateTest(
            """
            using CsbGenerators;

            public class Events
            {
                [CsbAccount]
                public partial class {|CSB1007:AccountUpdated|} { public string AccountId; }

                [CsbAccount]
                public class {|CSB1007:AccountClosed|} { public string AccountId; }
            }

            [CsbAccount]
            class {|CSB1007:TopLevel|} { public string AccountId; }
            """,
            """
            using CsbGenerators;

            public partial class Events
            {
                [CsbAccount]
                public partial class AccountUpdated { public string AccountId; }

                [CsbAccount]
                public partial class AccountClosed { public string AccountId; }
            }

            [CsbAccount]
            partial class TopLevel { public string AccountId; }
            """);
        test.CodeActionEquivalenceKey = NotPartialCodeFixProvider.MakePartialEquivalenceKey;

        await test.RunAsync();
    }

    [Fact]
    public async Task FixAll_ChangesEveryDocument()
    {
        var test = Verifier.CreateTest(string.Empty, string.Empty);
        test.TestState.Sources.Clear();
        test.TestState.Sources.Add("""
            using CsbGenerators;

            [CsbAccount]
            class {|CSB1007:First|} { public string AccountId; }
            """);
        test.TestState.Sources.Add("""
            using CsbGenerators;

            [CsbAccount]
            class {|CSB1007:Second|} { public string AccountId; }
            """);
        test.FixedState.Sources.Clear();
        test.FixedState.Sources.Add("""
            using CsbGenerators;

            [CsbAccount]
            partial class First { public string AccountId; }
            """);
        test.FixedState.Sources.Add("""
            using CsbGenerators;

            [CsbAccount]
            partial class Second { public string AccountId; }
            """);

        await test.RunAsync();
    }

    [Fact]
    public void EquivalenceKey_IsStable()
    {
        Assert.Equal("CSB1007.MakePartial", NotPartialCodeFixProvider.MakePartialEquivalenceKey);
    }
}
