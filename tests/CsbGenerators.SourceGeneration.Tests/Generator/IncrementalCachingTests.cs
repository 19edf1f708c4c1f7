using System.Linq;
using CsbGenerators.SourceGeneration.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace CsbGenerators.SourceGeneration.Tests.Generator;

/// <summary>Edits that do not touch an event type leave its model cached, so nothing is emitted again.</summary>
public class IncrementalCachingTests
{
    private const string EventSource = """
        using System.Collections.Generic;
        using CsbGenerators;

        namespace Shop;

        public enum Plan { Free, Paid }

        public record Line(string Sku, decimal Price, Plan Plan);

        [CsbTrack("Order Received", Product = "Shop", Module = "Orders")]
        public partial class OrderReceived
        {
            public string AccountId { get; set; } = "";
            public string UserId { get; set; } = "";
            public List<Line>? Lines { get; set; }
            public Dictionary<string, object?>? Extra { get; set; }
        }
        """;

    private const string UnrelatedSource = """
        namespace Shop;

        public class Calculator
        {
            public int Add(int a, int b) => a + b;
        }
        """;

    [Fact]
    public void UnrelatedEdit_KeepsModelCached()
    {
        var run = GeneratorHarness.Run(new[] { EventSource, UnrelatedSource });
        var unrelated = run.Input.SyntaxTrees.Single(t => t.ToString().Contains("Calculator"));
        var edited = unrelated.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(UnrelatedSource.Replace("a + b", "b + a")));

        var rerun = run.Driver.RunGenerators(run.Input.ReplaceSyntaxTree(unrelated, edited));

        var outputs = rerun.GetRunResult().Results.Single().TrackedSteps[CsbEventGenerator.ParseStepName]
            .SelectMany(step => step.Outputs)
            .ToList();
        Assert.NotEmpty(outputs);
        Assert.All(outputs, output => Assert.True(
            output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
            $"Expected Cached or Unchanged, was {output.Reason}"));
    }

    /// <summary>
    /// The step that contains the compilation itself changes with any edit. Every step after it must find its
    /// output equal to the last run's.
    /// </summary>
    private static readonly string[] CompilationSteps = { "Compilation" };

    [Fact]
    public void UnrelatedEdit_ThousandTypes_EveryStepCached()
    {
        const int TypeCount = 1_000;
        var sources = Enumerable.Range(0, TypeCount).Select(ThousandTypeSource).Append(UnrelatedSource).ToArray();
        var run = GeneratorHarness.Run(sources);
        var unrelated = run.Input.SyntaxTrees.Single(t => t.ToString().Contains("Calculator"));
        var edited = unrelated.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(UnrelatedSource.Replace("a + b", "b + a")));

        var rerun = run.Driver.RunGenerators(run.Input.ReplaceSyntaxTree(unrelated, edited)).GetRunResult().Results.Single();

        Assert.Equal(TypeCount, run.Result.Results.Single().GeneratedSources.Length);
        Assert.Equal(TypeCount, rerun.TrackedSteps[CsbEventGenerator.ParseStepName].SelectMany(step => step.Outputs).Count());
        var steps = rerun.TrackedSteps.Concat(rerun.TrackedOutputSteps).Where(step => !CompilationSteps.Contains(step.Key)).ToList();
        Assert.Contains(steps, step => step.Key == CsbEventGenerator.ParseStepName);
        foreach (var step in steps)
        {
            var reasons = step.Value.SelectMany(s => s.Outputs).Select(output => output.Reason).Distinct().ToList();
            Assert.True(
                reasons.All(reason => reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged),
                $"Step {step.Key} ran with {string.Join(", ", reasons)}; expected only Cached or Unchanged.");
        }
    }

    private static string ThousandTypeSource(int index)
    {
        var attribute = (index % 4) switch
        {
            0 => "[CsbIdentify]",
            1 => $"[CsbTrack(\"Feature {index}\", Product = \"Shop\", Module = \"Orders\")]",
            2 => "[CsbAccount]",
            _ => $"[CsbPage(\"page-{index}\")]",
        };
        return $$"""
            using System;
            using CsbGenerators;

            namespace Shop.Events;

            {{attribute}}
            public partial class Event{{index}}
            {
                public string AccountId { get; set; } = "";
                public string UserId { get; set; } = "";
                public int Count { get; set; }
                public DateTimeOffset At { get; set; }
            }
            """;
    }

    [Fact]
    public void BodyEdit_BindsNothing()
    {
        var run = GeneratorHarness.Run(new[] { EventSource, UnrelatedSource });
        var unrelated = run.Input.SyntaxTrees.Single(t => t.ToString().Contains("Calculator"));
        var edited = unrelated.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(UnrelatedSource.Replace("a + b", "b + a")));

        var rerun = run.Driver.RunGenerators(run.Input.ReplaceSyntaxTree(unrelated, edited)).GetRunResult().Results.Single();

        // Cached, not Unchanged: the models were kept without running the step that binds.
        Assert.Equal(new[] { IncrementalStepRunReason.Unchanged }, ReasonsOf(rerun, CsbEventGenerator.SnapshotStepName));
        Assert.Equal(new[] { IncrementalStepRunReason.Cached }, ReasonsOf(rerun, CsbEventGenerator.ParseStepName));
    }

    private const string TypingSource = """
        using CsbGenerators;

        namespace Shop;

        [CsbTrack("Order Received")]
        public partial class OrderReceived
        {
            /// <summary>The account.</summary>
            public string AccountId { get; set; } = "";
            public string UserId { get; set; } = "none";
            public int Count { get { return _count; } set { _count = value; } }
            public int Doubled => Count * 2;
            private int _count;

            public OrderReceived() { Count = 1; }

            public int Add(int a, int b)
            {
                // Adds.
                return a + b;
            }

            public int Sub(int a, int b) => a - b;

            public static OrderReceived operator +(OrderReceived x, OrderReceived y) { return x; }
        }
        """;

    private const string ProgramSource = """
        using System;

        Console.WriteLine(1 + 2);
        var total = 3;
        """;

    /// <summary>Edits that no declaration depends on, including half-typed states inside a body.</summary>
    [Theory]
    [InlineData("Events0.cs", "= \"none\";", "= \"anonymous\";")]
    [InlineData("Events0.cs", "=> Count * 2;", "=> Count * 3;")]
    [InlineData("Events0.cs", "=> a - b;", "=> b - a;")]
    [InlineData("Events0.cs", "return _count;", "return _count + 0;")]
    [InlineData("Events0.cs", "{ Count = 1; }", "{ Count = 2; }")]
    [InlineData("Events0.cs", "{ return x; }", "{ return y; }")]
    [InlineData("Events0.cs", "return a + b;", "return a +")]
    [InlineData("Events0.cs", "return a + b;", "var local = new { a, b }; int Local() => a; return Local();")]
    [InlineData("Events0.cs", "// Adds.", "// Adds two numbers.")]
    [InlineData("Events0.cs", "/// <summary>The account.</summary>", "/// <summary>The account id.</summary>")]
    [InlineData("Events0.cs", "public string UserId", "public   string\n        UserId")]
    [InlineData("Events1.cs", "1 + 2", "2 + 1")]
    [InlineData("Events1.cs", "var total = 3;", "var total = 4;\nif (total > 3) { total++; }")]
    public void EditOutsideDeclarations_BindsNothing(string path, string before, string after)
    {
        var replay = IncrementalReplay.Start(GeneratorHarness.CreateCompilation(new[] { TypingSource, ProgramSource })
            .WithOptions(new CSharpCompilationOptions(OutputKind.ConsoleApplication)));

        replay.Replace(path, before, after);

        Assert.Equal(new[] { IncrementalStepRunReason.Unchanged }, replay.Reasons(CsbEventGenerator.SnapshotStepName));
        Assert.Equal(new[] { IncrementalStepRunReason.Cached }, replay.Reasons(CsbEventGenerator.ParseStepName));
    }

    [Fact]
    public void DeclarationEditElsewhere_RebindsAndEmitsNothing()
    {
        var run = GeneratorHarness.Run(new[] { EventSource, UnrelatedSource });
        var unrelated = run.Input.SyntaxTrees.Single(t => t.ToString().Contains("Calculator"));
        var edited = unrelated.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(
            UnrelatedSource.Replace("public int Add", "public int Twice(int a) => a * 2;\n\n    public int Add")));

        var rerun = run.Driver.RunGenerators(run.Input.ReplaceSyntaxTree(unrelated, edited)).GetRunResult().Results.Single();

        Assert.Equal(new[] { IncrementalStepRunReason.Modified }, ReasonsOf(rerun, CsbEventGenerator.SnapshotStepName));
        Assert.Equal(new[] { IncrementalStepRunReason.Unchanged }, ReasonsOf(rerun, CsbEventGenerator.ParseStepName));
        Assert.All(rerun.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(s => s.Outputs), output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void ConstantEditedInOtherFile_RenamesMember()
    {
        const string eventSource = """
            using CsbGenerators;

            namespace Shop;

            [CsbAccount]
            public partial class AccountUpdated
            {
                public string AccountId { get; set; } = "";
                [CsbPropertyName(Names.Plan)]
                public string? Tier { get; set; }
            }
            """;
        const string namesSource = """
            namespace Shop;

            public static class Names
            {
                public const string Plan = "plan";
            }
            """;
        var run = GeneratorHarness.Run(new[] { eventSource, namesSource });
        var names = run.Input.SyntaxTrees.Single(t => t.ToString().Contains("class Names"));
        var edited = names.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(namesSource.Replace("\"plan\"", "\"pricing_plan\"")));

        var rerun = run.Driver.RunGenerators(run.Input.ReplaceSyntaxTree(names, edited)).GetRunResult();

        Assert.Contains("\"plan\"", run.Result.GeneratedTrees.Single().ToString());
        Assert.Contains("\"pricing_plan\"", rerun.GeneratedTrees.Single().ToString());
    }

    [Fact]
    public void LanguageVersionChange_Regenerates()
    {
        var run = GeneratorHarness.Run(EventSource);
        var tree = run.Input.SyntaxTrees.Single();
        var older = tree.WithRootAndOptions(tree.GetRoot(), new CSharpParseOptions(LanguageVersion.CSharp7_3));

        var rerun = run.Driver.RunGenerators(run.Input.ReplaceSyntaxTree(tree, older)).GetRunResult();

        Assert.Contains("#nullable enable", run.Result.GeneratedTrees.Single().ToString());
        Assert.DoesNotContain("#nullable enable", rerun.GeneratedTrees.Single().ToString());
    }

    [Fact]
    public void ReferencesChange_Rebinds()
    {
        var run = GeneratorHarness.Run(new[] { EventSource, UnrelatedSource });
        var extra = MetadataReference.CreateFromFile(typeof(IncrementalCachingTests).Assembly.Location);

        var rerun = run.Driver.RunGenerators(run.Input.AddReferences(extra)).GetRunResult().Results.Single();

        Assert.Equal(new[] { IncrementalStepRunReason.Modified }, ReasonsOf(rerun, CsbEventGenerator.SnapshotStepName));
        Assert.Equal(new[] { IncrementalStepRunReason.Unchanged }, ReasonsOf(rerun, CsbEventGenerator.ParseStepName));
    }

    private static IncrementalStepRunReason[] ReasonsOf(GeneratorRunResult result, string stepName)
    {
        return result.TrackedSteps[stepName].SelectMany(step => step.Outputs).Select(output => output.Reason).Distinct().ToArray();
    }

    [Fact]
    public void MemberAdded_RegeneratesModel()
    {
        var run = GeneratorHarness.Run(EventSource);
        var tree = run.Input.SyntaxTrees.Single();
        var edited = tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(
            EventSource.Replace("public string UserId", "public string? Cost { get; set; }\n    public string UserId")));

        var rerun = run.Driver.RunGenerators(run.Input.ReplaceSyntaxTree(tree, edited));

        var reasons = rerun.GetRunResult().Results.Single().TrackedSteps[CsbEventGenerator.ParseStepName]
            .SelectMany(step => step.Outputs)
            .Select(output => output.Reason)
            .ToList();
        Assert.Contains(IncrementalStepRunReason.Modified, reasons);
    }

    [Fact]
    public void NestedTypeEditedInOtherFile_RegeneratesEvent()
    {
        const string eventSource = """
            using CsbGenerators;

            namespace Shop;

            [CsbTrack("Order Received")]
            public partial class OrderReceived
            {
                public string AccountId { get; set; } = "";
                public string UserId { get; set; } = "";
                public Address? Shipping { get; set; }
            }
            """;
        const string addressSource = """
            namespace Shop;

            public class Address
            {
                public string? Street { get; set; }
            }
            """;
        var run = GeneratorHarness.Run(new[] { eventSource, addressSource });
        var address = run.Input.SyntaxTrees.Single(t => t.ToString().Contains("class Address"));
        var edited = address.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(addressSource.Replace("public string? Street", "public string? City { get; set; }\n    public string? Street")));

        var rerun = run.Driver.RunGenerators(run.Input.ReplaceSyntaxTree(address, edited)).GetRunResult();

        var reasons = rerun.Results.Single().TrackedSteps[CsbEventGenerator.ParseStepName].SelectMany(step => step.Outputs).Select(output => output.Reason).ToList();
        Assert.Contains(IncrementalStepRunReason.Modified, reasons);
        Assert.Contains("\"city\"", rerun.GeneratedTrees.Single().ToString());
    }

    [Fact]
    public void NestedTypeBodyEdit_KeepsModelCached()
    {
        const string source = """
            using CsbGenerators;

            namespace Shop;

            public class Address
            {
                public string? Street { get; set; }

                public int Length() => Street?.Length ?? 0;
            }

            [CsbAccount]
            public partial class AccountUpdated
            {
                public string AccountId { get; set; } = "";
                public Address? Billing { get; set; }
            }
            """;
        var run = GeneratorHarness.Run(source);
        var tree = run.Input.SyntaxTrees.Single();
        var edited = tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(source.Replace("?? 0", "?? -1")));

        var rerun = run.Driver.RunGenerators(run.Input.ReplaceSyntaxTree(tree, edited)).GetRunResult();

        var outputs = rerun.Results.Single().TrackedSteps[CsbEventGenerator.ParseStepName].SelectMany(step => step.Outputs).ToList();
        Assert.NotEmpty(outputs);
        Assert.All(outputs, output => Assert.True(
            output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
            $"Expected Cached or Unchanged, was {output.Reason}"));
    }

    [Fact]
    public void SameSource_GivesEqualModels()
    {
        var first = GeneratorHarness.Run(EventSource).Result.Results.Single().TrackedSteps[CsbEventGenerator.ParseStepName].Single().Outputs.Single().Value;
        var second = GeneratorHarness.Run(EventSource).Result.Results.Single().TrackedSteps[CsbEventGenerator.ParseStepName].Single().Outputs.Single().Value;

        Assert.Equal(first, second);
        Assert.Equal(first!.GetHashCode(), second!.GetHashCode());
    }

    /// <summary>
    /// The models of one snapshot form one list, and Roslyn compares a list with the last one by position.
    /// An event type added or removed before others shifts every later model, so each later file is emitted
    /// again although its model is equal.
    /// </summary>
    [Fact(Skip = "Adding one event type before four others emits all five files: the model step yields one flat list, which Roslyn compares by position. Grouping the models by syntax tree, as ForAttributeWithMetadataName does, would limit the shift to one tree.")]
    public void EventAddedBeforeOthers_EmitsOnlyItsFile()
    {
        var sources = Enumerable.Range(0, 4).Select(ThousandTypeSource).ToArray();
        var replay = IncrementalReplay.Start(sources);

        replay.Replace("Events0.cs", "namespace Shop.Events;", "namespace Shop.Events;\n\n[CsbAccount]\npublic partial class Added\n{\n    public string AccountId { get; set; } = \"\";\n}\n");

        var emitted = replay.LastRun.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(step => step.Outputs)
            .Count(output => output.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified);
        Assert.Equal(1, emitted);
    }
}
