using System;
using System.Collections.Generic;
using CsbGenerators;

namespace QuickStart;

/// <summary>An endpoint and key named by environment variables.</summary>
internal sealed record EnvironmentTarget(CsbRoute Route, Uri Endpoint, string Key);

internal static class EnvironmentTargets
{
    /// <summary>
    /// Reads CSB_SEGMENT_ENDPOINT with CSB_WRITE_KEY, and CSB_API_ENDPOINT with CSB_API_KEY. An endpoint
    /// without its key, or an invalid URL, gives an error that names the variable.
    /// </summary>
    public static List<EnvironmentTarget> Read(out string? error)
    {
        var targets = new List<EnvironmentTarget>();
        error = TryAdd(targets, CsbRoute.SegmentCompatible, "CSB_SEGMENT_ENDPOINT", "CSB_WRITE_KEY")
            ?? TryAdd(targets, CsbRoute.CustomerSuccessBox, "CSB_API_ENDPOINT", "CSB_API_KEY");
        return targets;
    }

    private static string? TryAdd(List<EnvironmentTarget> targets, CsbRoute route, string endpointVariable, string keyVariable)
    {
        var endpoint = Environment.GetEnvironmentVariable(endpointVariable);
        if (string.IsNullOrWhiteSpace(endpoint))
        {
            return null;
        }

        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri))
        {
            return $"{endpointVariable} is not an absolute URL: set it to the endpoint's base URL, such as https://api.segment.io/.";
        }

        var key = Environment.GetEnvironmentVariable(keyVariable);
        if (string.IsNullOrWhiteSpace(key))
        {
            return $"{keyVariable} is missing: {endpointVariable} is set, so the {route} route needs its key.";
        }

        targets.Add(new EnvironmentTarget(route, uri, key));
        return null;
    }
}
