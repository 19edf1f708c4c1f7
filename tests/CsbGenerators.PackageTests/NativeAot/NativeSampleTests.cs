using System;
using System.IO;
using System.Threading.Tasks;
using CsbGenerators.PackageTests.Infrastructure;
using Xunit;

namespace CsbGenerators.PackageTests.NativeAot;

/// <summary>
/// The QuickStart sample compiled with native AOT sends the same bodies as the sample on the JIT. Both
/// host the local receiver and print every request it got; --stable-output masks the message ids,
/// timestamps and the port, so the two outputs must be equal to the byte.
/// </summary>
public sealed class NativeSampleTests
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(1);

    [NativeSampleFact]
    public async Task NativeSample_ReceivedBodies_EqualJitBodies()
    {
        var binary = Path.GetFullPath(NativeSampleFactAttribute.BinaryPath);
        Assert.True(File.Exists(binary), $"{NativeSampleFactAttribute.Variable} names {binary}, which does not exist.");
        Assert.False(File.Exists(Path.ChangeExtension(binary, ".dll")), $"{binary} has a QuickStart.dll beside it, so it is a JIT app host, not a native AOT binary.");

        var workingDirectory = Path.GetDirectoryName(binary)!;
        var native = await Command.RunAsync(binary, workingDirectory, ["--stable-output"], RunTimeout);
        var jit = await Command.DotnetAsync(workingDirectory, [TestSettings.SampleAssembly, "--stable-output"], RunTimeout);

        Assert.True(jit.ExitCode == 0, jit.ToString());
        Assert.True(native.ExitCode == 0, native.ToString());
        Assert.Contains("POST /v1/batch -> 200", jit.Output, StringComparison.Ordinal);
        Assert.Contains("POST /api/v1_1/feature -> 200", jit.Output, StringComparison.Ordinal);
        Assert.Equal(jit.Output, native.Output);
    }
}
