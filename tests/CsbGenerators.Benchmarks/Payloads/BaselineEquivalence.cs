using System;
using System.Collections.Generic;

namespace CsbGenerators.Benchmarks.Payloads;

/// <summary>Runs every writer of a payload once and compares each baseline's JSON with the generated serializer's.</summary>
public static class BaselineEquivalence
{
    public const string Generated = "generated";

    /// <summary>The JSON text of each writer, keyed by writer name; the generated serializer is <see cref="Generated"/>.</summary>
    public static IReadOnlyDictionary<string, string> WriteAll(Payload payload)
    {
        var output = new OutputBuffers();
        var header = PayloadCatalog.Header;
        var results = new Dictionary<string, string>();

        payload.WriteGenerated(output, header);
        results[Generated] = output.BytesAsString();
        payload.WriteSourceGeneratedContext(output, header);
        results["System.Text.Json source generation"] = output.BytesAsString();
        payload.WriteReflection(output, header);
        results["System.Text.Json reflection"] = output.BytesAsString();
        payload.WriteNewtonsoft(output, header);
        results["Newtonsoft.Json"] = output.TextAsString();
        payload.WriteDictionary(output, header);
        results["Dictionary with System.Text.Json"] = output.BytesAsString();
        return results;
    }

    /// <summary>Throws when a baseline writes other JSON than the generated serializer, so no benchmark compares unequal work.</summary>
    public static void ThrowIfAnyDiffers(Payload payload)
    {
        var results = WriteAll(payload);
        var expected = results[Generated];
        foreach (var (name, json) in results)
        {
            if (json != expected)
            {
                throw new InvalidOperationException($"{name} writes other JSON than the generated serializer for {payload}.\nGenerated: {expected}\n{name}: {json}");
            }
        }
    }
}
