using System.Collections.Generic;
using System.Linq;
using CsbGenerators.SourceGeneration.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace CsbGenerators.SourceGeneration.Tests.Generator;

/// <summary>
/// Directives, parse options, compilation options and references that change what an event's serializer
/// must write. After each edit the incremental driver's files must equal a fresh driver's.
/// </summary>
public class StaleOutputOptionsTests
{
    private const string EventFile = "Events0.cs";
    private const string HintName = "Shop.OrderReceived.g.cs";

    private const string EventSource = """
        using CsbGenerators;

        namespace Shop;

        [CsbTrack("Order Received")]
        public partial class OrderReceived
        {
            public string AccountId { get; set; } = "";
            public string UserId { get; set; } = "";
        #if EXTRA
            public int Extra { get; set; }
        #endif
            public System.IO.Stream? Raw { get; set; }

            public int Count()
            {
                return 1;
            }
        }
        """;

    [Fact]
    public void DefineToggled_Regenerates()
    {
        var replay = IncrementalReplay.Start(EventSource.Replace("public System.IO.Stream? Raw { get; set; }\n", ""))
            .Replace(EventFile, "using CsbGenerators;", "#define EXTRA\nusing CsbGenerators;");
        Assert.Contains("\"extra\"", replay.Generated(HintName));

        replay.Replace(EventFile, "#define EXTRA", "#undef EXTRA");
        Assert.DoesNotContain("\"extra\"", replay.Generated(HintName));
    }

    [Fact]
    public void PreprocessorSymbolsChanged_Regenerates()
    {
        var replay = IncrementalReplay.Start(EventSource.Replace("public System.IO.Stream? Raw { get; set; }\n", ""))
            .WithParseOptions("define EXTRA", options => options.WithPreprocessorSymbols("EXTRA"));
        Assert.Contains("\"extra\"", replay.Generated(HintName));

        replay.WithParseOptions("define nothing", options => options.WithPreprocessorSymbols());
        Assert.DoesNotContain("\"extra\"", replay.Generated(HintName));
    }

    [Fact]
    public void ElseBranchInsideBodyToggled_Regenerates()
    {
        // The #if sits in a method body, but its #else branch closes the body and declares a member.
        const string source = """
            using CsbGenerators;

            namespace Shop;

            [CsbAccount]
            public partial class AccountUpdated
            {
                public string AccountId { get; set; } = "";

                public int Count()
                {
            #if FLAT
                    return 1;
                }
            #else
                    return 2;
                }

                public int Seats { get; set; }
            #endif
            }
            """;

        var replay = IncrementalReplay.Start(source);
        Assert.Contains("\"seats\"", replay.Generated("Shop.AccountUpdated.g.cs"));

        replay.WithParseOptions("define FLAT", options => options.WithPreprocessorSymbols("FLAT"));
        Assert.DoesNotContain("\"seats\"", replay.Generated("Shop.AccountUpdated.g.cs"));
    }

    [Theory]
    [InlineData("#nullable disable")]
    [InlineData("#nullable enable")]
    [InlineData("#nullable restore")]
    [InlineData("#nullable disable annotations")]
    [InlineData("#nullable enable warnings")]
    public void NullableDirectiveInBody_MatchesFreshRun(string directive)
    {
        IncrementalReplay.Start(EventSource)
            .Replace(EventFile, "        return 1;", $"{directive}\n        return 1;")
            .Replace(EventFile, $"{directive}\n        return 1;", "        return 1;");
    }

    /// <summary>
    /// Moving a directive across a declaration keeps the list of directives and the list of declaration
    /// tokens, but changes the nullable context of the declarations it passes, so the generator binds again.
    /// </summary>
    [Fact]
    public void NullableDirectiveMovedPastMembers_Rebinds()
    {
        var top = EventSource.Replace("using CsbGenerators;", "#nullable disable\nusing CsbGenerators;");
        var inBody = EventSource.Replace("        return 1;", "#nullable disable\n        return 1;");

        var replay = IncrementalReplay.Start(EventSource)
            .Edit(EventFile, top)
            .Edit(EventFile, inBody);

        Assert.Equal(new[] { IncrementalStepRunReason.Modified }, replay.Reasons(CsbEventGenerator.SnapshotStepName));
        replay.Edit(EventFile, top);
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp7_3)]
    [InlineData(LanguageVersion.CSharp9)]
    [InlineData(LanguageVersion.Latest)]
    public void LanguageVersionChanged_Regenerates(LanguageVersion version)
    {
        var replay = IncrementalReplay.Start(EventSource.Replace("public System.IO.Stream? Raw { get; set; }\n", ""))
            .WithParseOptions($"C# {version}", options => options.WithLanguageVersion(version));

        Assert.Equal(version >= LanguageVersion.CSharp8, replay.Generated(HintName).Contains("#nullable enable"));
    }

    [Fact]
    public void DocumentationModeChanged_MatchesFreshRun()
    {
        IncrementalReplay.Start(EventSource.Replace("    public string UserId", "    /// <summary>The user.</summary>\n    public string UserId"))
            .WithParseOptions("parse documentation comments", options => options.WithDocumentationMode(DocumentationMode.Diagnose))
            .WithParseOptions("ignore documentation comments", options => options.WithDocumentationMode(DocumentationMode.None));
    }

    [Theory]
    [InlineData(NullableContextOptions.Disable)]
    [InlineData(NullableContextOptions.Annotations)]
    [InlineData(NullableContextOptions.Warnings)]
    public void NullableOptionChanged_MatchesFreshRun(NullableContextOptions nullable)
    {
        IncrementalReplay.Start(EventSource)
            .Apply($"nullable {nullable}", compilation => compilation.WithOptions(((CSharpCompilationOptions)compilation.Options).WithNullableContextOptions(nullable)))
            .Apply("nullable enable", compilation => compilation.WithOptions(((CSharpCompilationOptions)compilation.Options).WithNullableContextOptions(NullableContextOptions.Enable)));
    }

    [Fact]
    public void CompilationOptionsChanged_MatchesFreshRun()
    {
        IncrementalReplay.Start(EventSource)
            .Apply("allow unsafe", compilation => compilation.WithOptions(((CSharpCompilationOptions)compilation.Options).WithAllowUnsafe(true)))
            .Apply("executable", compilation => compilation.WithOptions(compilation.Options.WithOutputKind(OutputKind.ConsoleApplication)))
            .Apply("assembly name", compilation => compilation.WithAssemblyName("Renamed"));
    }

    [Fact]
    public void RuntimeLibraryReferenceRemovedAndAdded_Regenerates()
    {
        var replay = IncrementalReplay.Start(EventSource);
        var runtime = replay.Compilation.References.Single(r => r.Display is { } path && path.EndsWith("CsbGenerators.dll", System.StringComparison.Ordinal));

        replay.Apply("remove the runtime library", compilation => compilation.RemoveReferences(runtime));
        Assert.Empty(replay.HintNames());

        replay.Apply("add the runtime library", compilation => compilation.AddReferences(runtime));
        Assert.Equal(new[] { HintName }, replay.HintNames());
    }

    [Fact]
    public void LibraryMemberType_Regenerates()
    {
        const string eventSource = """
            using CsbGenerators;

            namespace Shop;

            [CsbAccount]
            public partial class AccountUpdated
            {
                public string AccountId { get; set; } = "";
                public Library.Address? Billing { get; set; }
            }
            """;

        var replay = IncrementalReplay.Start(eventSource);
        Assert.Contains("SerializerUnavailable", replay.Generated("Shop.AccountUpdated.g.cs"));

        var library = LibraryReference("namespace Library;\n\npublic class Address\n{\n    public string? Street { get; set; }\n}\n");
        replay.Apply("reference a library", compilation => compilation.AddReferences(library));
        Assert.Contains("\"street\"", replay.Generated("Shop.AccountUpdated.g.cs"));

        var rebuilt = LibraryReference("namespace Library;\n\npublic class Address\n{\n    public string? City { get; set; }\n}\n");
        replay.Apply("rebuild the library", compilation => compilation.ReplaceReference(library, rebuilt));
        Assert.Contains("\"city\"", replay.Generated("Shop.AccountUpdated.g.cs"));

        replay.Apply("remove the library", compilation => compilation.RemoveReferences(rebuilt));
        Assert.Contains("SerializerUnavailable", replay.Generated("Shop.AccountUpdated.g.cs"));
    }

    private static MetadataReference LibraryReference(string source)
    {
        var library = CSharpCompilation.Create(
            "Library",
            new[] { CSharpSyntaxTree.ParseText(source) },
            GeneratorHarness.CreateCompilation("").References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        return library.ToMetadataReference();
    }
}
