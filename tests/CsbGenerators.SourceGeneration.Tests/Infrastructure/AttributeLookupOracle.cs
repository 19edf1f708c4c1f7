using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CsbGenerators.SourceGeneration.Model;
using CsbGenerators.SourceGeneration.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CsbGenerators.SourceGeneration.Tests.Infrastructure;

/// <summary>
/// Finds the types that carry a call attribute through Roslyn's <c>ForAttributeWithMetadataName</c>, which
/// resolves every alias form C# allows. The event generator's own discovery must find the same types.
/// </summary>
internal sealed class AttributeLookupOracle : IIncrementalGenerator
{
    private const string HintName = "FoundTypes.g.cs";

    private static readonly string[] MetadataNames =
    {
        KnownAttributes.IdentifyMetadataName,
        KnownAttributes.TrackMetadataName,
        KnownAttributes.AccountMetadataName,
        KnownAttributes.PageMetadataName,
    };

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValueProvider<ImmutableArray<string>>? all = null;
        foreach (var metadataName in MetadataNames)
        {
            var found = context.SyntaxProvider
                .ForAttributeWithMetadataName(metadataName, static (node, _) => node is TypeDeclarationSyntax, static (attributed, _) => attributed.TargetSymbol.ToDisplayString())
                .Collect();
            all = all is null ? found : all.Value.Combine(found).Select(static (pair, _) => pair.Left.AddRange(pair.Right));
        }

        context.RegisterSourceOutput(all!.Value, static (production, names) =>
            production.AddSource(HintName, string.Join("\n", names.Distinct().OrderBy(name => name, StringComparer.Ordinal).Select(name => "// " + name))));
    }

    /// <summary>Returns the display names of the types that carry a call attribute, sorted.</summary>
    public static IReadOnlyList<string> FindTypes(Compilation compilation)
    {
        var result = CSharpGeneratorDriver.Create(new AttributeLookupOracle()).RunGenerators(compilation).GetRunResult().Results.Single();
        var text = result.GeneratedSources.Single().SourceText.ToString();
        return text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Substring("// ".Length)).ToList();
    }

    /// <summary>Returns the display names of the types the event generator built a model for, sorted.</summary>
    public static IReadOnlyList<string> FindEventGeneratorTypes(Compilation compilation)
    {
        var driver = CSharpGeneratorDriver.Create(
            new[] { new CsbEventGenerator().AsSourceGenerator() },
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        var result = driver.RunGenerators(compilation).GetRunResult().Results.Single();
        // A step whose input yields no item records no run, so the step is missing when nothing was found.
        if (!result.TrackedSteps.TryGetValue(CsbEventGenerator.ParseStepName, out var steps))
        {
            return Array.Empty<string>();
        }

        return steps
            .SelectMany(step => step.Outputs)
            .Select(output => (EventTypeSpec)output.Value)
            .Select(spec => spec.Namespace is null ? spec.DisplayName : spec.Namespace + "." + spec.DisplayName)
            .OrderBy(name => name, StringComparer.Ordinal)
            .ToList();
    }
}
