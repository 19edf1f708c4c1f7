using System.Threading.Tasks;
using CsbGenerators.SourceGeneration.Analyzers;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;
using AccountIdVerifier = CsbGenerators.CodeFixers.Tests.CodeFixVerifier<CsbGenerators.SourceGeneration.Analyzers.MissingAccountIdAnalyzer, CsbGenerators.CodeFixers.MissingIdCodeFixProvider>;
using UserIdVerifier = CsbGenerators.CodeFixers.Tests.CodeFixVerifier<CsbGenerators.SourceGeneration.Analyzers.MissingUserIdAnalyzer, CsbGenerators.CodeFixers.MissingIdCodeFixProvider>;

namespace CsbGenerators.CodeFixers.Tests;

public class MissingIdCodeFixProviderTests
{
    [Fact]
    public async Task Class_GetsRequiredProperty()
    {
        var test = AccountIdVerifier.CreateTest(
            """
            using CsbGenerators;

            [CsbAccount]
            public partial class {|CSB1001:AccountUpdated|}
            {
                public string Name { get; set; }
            }
            """,
            """
            using CsbGenerators;

            [CsbAccount]
            public partial class AccountUpdated
            {
                public required string AccountId { get; init; }
                public string Name { get; set; }
            }
            """);
        test.CodeActionEquivalenceKey = MissingIdCodeFixProvider.AddAccountIdEquivalenceKey;

        await test.RunAsync();
    }

    [Fact]
    public async Task UserId_GoesAfterAccountId()
    {
        var test = UserIdVerifier.CreateTest(
            """
            using CsbGenerators;

            [CsbTrack("Order Received")]
            public partial class {|CSB1002:OrderReceived|}
            {
                public string Cost { get; set; }
                public string AccountId { get; set; }
                public string Note { get; set; }
            }
            """,
            """
            using CsbGenerators;

            [CsbTrack("Order Received")]
            public partial class OrderReceived
            {
                public string Cost { get; set; }
                public string AccountId { get; set; }
                public required string UserId { get; init; }
                public string Note { get; set; }
            }
            """);
        test.CodeActionEquivalenceKey = MissingIdCodeFixProvider.AddUserIdEquivalenceKey;

        await test.RunAsync();
    }

    [Fact]
    public async Task PositionalRecord_GetsParameter()
    {
        var test = UserIdVerifier.CreateTest(
            """
            using CsbGenerators;

            [CsbIdentify]
            public partial record {|CSB1002:UserIdentified|}(string AccountId, string Plan);
            """,
            """
            using CsbGenerators;

            [CsbIdentify]
            public partial record UserIdentified(string AccountId, string UserId, string Plan);
            """);

        await test.RunAsync();
    }

    [Fact]
    public async Task PositionalRecordStruct_GetsFirstParameter()
    {
        var test = AccountIdVerifier.CreateTest(
            """
            using CsbGenerators;

            [CsbAccount]
            public partial record struct {|CSB1001:AccountUpdated|}(string Name)
            {
                public int Seats { get; init; }
            }
            """,
            """
            using CsbGenerators;

            [CsbAccount]
            public partial record struct AccountUpdated(string AccountId, string Name)
            {
                public int Seats { get; init; }
            }
            """);

        await test.RunAsync();
    }

    [Fact]
    public async Task CSharp10NullableClass_GetsInitializedProperty()
    {
        var test = AccountIdVerifier.CreateTest(
            """
            #nullable enable
            using CsbGenerators;

            [CsbAccount]
            public partial class {|CSB1001:AccountUpdated|}
            {
            }
            """,
            """
            #nullable enable
            using CsbGenerators;

            [CsbAccount]
            public partial class AccountUpdated
            {
                public string AccountId { get; set; } = "";
            }
            """,
            LanguageVersion.CSharp10);

        await test.RunAsync();
    }

    [Fact]
    public async Task CSharp73Struct_GetsPlainProperty()
    {
        var test = AccountIdVerifier.CreateTest(
            """
            using CsbGenerators;

            [CsbAccount]
            public partial struct {|CSB1001:AccountUpdated|}
            {
                public int Seats;
            }
            """,
            """
            using CsbGenerators;

            [CsbAccount]
            public partial struct AccountUpdated
            {
                public string AccountId { get; set; }
                public int Seats;
            }
            """,
            LanguageVersion.CSharp7_3);

        await test.RunAsync();
    }

    [Fact]
    public async Task FixAll_AddsIdToEveryType()
    {
        var test = AccountIdVerifier.CreateTest(
            """
            using CsbGenerators;

            [CsbAccount]
            public partial class {|CSB1001:First|}
            {
                public string Name { get; set; }
            }

            [CsbIdentify]
            public partial record {|CSB1001:Second|}(string UserId);

            public partial class Outer
            {
                [CsbPage("orders")]
                public partial struct {|CSB1001:Third|}
                {
                    public string UserId;
                }
            }
            """,
            """
            using CsbGenerators;

            [CsbAccount]
            public partial class First
            {
                public required string AccountId { get; init; }
                public string Name { get; set; }
            }

            [CsbIdentify]
            public partial record Second(string AccountId, string UserId);

            public partial class Outer
            {
                [CsbPage("orders")]
                public partial struct Third
                {
                    public required string AccountId { get; init; }
                    public string UserId;
                }
            }
            """);
        test.CodeActionEquivalenceKey = MissingIdCodeFixProvider.AddAccountIdEquivalenceKey;
        test.NumberOfFixAllIterations = 1;

        await test.RunAsync();
    }

    [Fact]
    public async Task NameAlreadyTaken_OffersNoFix()
    {
        var source = """
            using CsbGenerators;

            [CsbAccount]
            public partial class {|CSB1001:AccountUpdated|}
            {
                [CsbIgnore]
                public string AccountId { get; set; }
            }
            """;
        var test = AccountIdVerifier.CreateTest(source, source);

        await test.RunAsync();
    }

    [Fact]
    public void EquivalenceKeys_AreStable()
    {
        Assert.Equal("CSB1001.AddAccountId", MissingIdCodeFixProvider.AddAccountIdEquivalenceKey);
        Assert.Equal("CSB1002.AddUserId", MissingIdCodeFixProvider.AddUserIdEquivalenceKey);
        Assert.Equal(new[] { "CSB1001", "CSB1002" }, new MissingIdCodeFixProvider().FixableDiagnosticIds);
        Assert.NotNull(typeof(MissingUserIdAnalyzer));
    }
}
