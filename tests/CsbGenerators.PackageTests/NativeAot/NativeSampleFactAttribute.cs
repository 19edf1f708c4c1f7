using System;
using Xunit;

namespace CsbGenerators.PackageTests.NativeAot;

/// <summary>
/// A test that needs the QuickStart sample published with native AOT, which takes minutes and needs clang.
/// It runs when the environment variable <c>CSB_NATIVE_SAMPLE</c> names the native binary, as .ci/run
/// sets it after publishing, and is skipped otherwise.
/// </summary>
public sealed class NativeSampleFactAttribute : FactAttribute
{
    public const string Variable = "CSB_NATIVE_SAMPLE";

    public NativeSampleFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Variable)))
        {
            Skip = $"{Variable} is not set. Publish the sample with `dotnet publish samples/QuickStart -c Release -r linux-x64 -o DIR` and set {Variable}=DIR/QuickStart, as .ci/run does.";
        }
    }

    /// <summary>The native binary that <see cref="Variable"/> names.</summary>
    public static string BinaryPath => Environment.GetEnvironmentVariable(Variable)
        ?? throw new InvalidOperationException($"{Variable} is not set.");
}
