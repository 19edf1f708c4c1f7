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
}
