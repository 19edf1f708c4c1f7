using System;
using System.Collections;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using CsbGenerators.SourceGeneration.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace CsbGenerators.SourceGeneration.Tests.BuildTests;

/// <summary>
/// Builds a small consumer project with <c>dotnet build</c>, the way a user does, and reads the
/// analyzer's error from the build output. The consumer references the runtime and generator projects
/// of this repository by path.
/// </summary>
public class ConsumerBuildTests
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(5);

    private readonly ITestOutputHelper output;

    public ConsumerBuildTests(ITestOutputHelper output)
    {
        this.output = output;
    }

    [Fact]
    public void MissingUserId_FailsBuildAtTypeName()
    {
        var directory = Directory.CreateTempSubdirectory("csb-consumer-");
        try
        {
            WriteConsumer(directory.FullName);

            var (exitCode, buildOutput) = RunBuild(directory.FullName);
            output.WriteLine(buildOutput);

            var errorLine = buildOutput.Split('\n').FirstOrDefault(line => line.Contains("error CSB1002", StringComparison.Ordinal));
            Assert.NotEqual(0, exitCode);
            Assert.True(errorLine is not null, "No CSB1002 error in the build output:\n" + buildOutput);
            var match = Regex.Match(errorLine!, @"(?<file>[^\s/\\]+)\((?<line>\d+),(?<column>\d+)\): error CSB1002: ");
            Assert.True(match.Success, "The CSB1002 line names no file and position: " + errorLine);
            Assert.Equal("Events.cs", match.Groups["file"].Value);
            Assert.Equal("6", match.Groups["line"].Value);
            Assert.Equal("22", match.Groups["column"].Value);
            Assert.Contains("Event type 'OrderReceived' is a track call and has no member whose JSON name is 'user_id'", errorLine, StringComparison.Ordinal);
            Assert.DoesNotContain("AD0001", buildOutput, StringComparison.Ordinal);
            Assert.DoesNotContain("CS8785", buildOutput, StringComparison.Ordinal);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static void WriteConsumer(string directory)
    {
        var root = AllAnalyzers.RepositoryRoot();
        var templates = Path.Combine(AppContext.BaseDirectory, "BuildTests", "Templates");
        var project = File.ReadAllText(Path.Combine(templates, "Consumer.csproj.template"))
            .Replace("$(RuntimeProject)", Path.Combine(root, "src", "CsbGenerators", "CsbGenerators.csproj"), StringComparison.Ordinal)
            .Replace("$(GeneratorProject)", Path.Combine(root, "src", "CsbGenerators.SourceGeneration", "CsbGenerators.SourceGeneration.csproj"), StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(directory, "Consumer.csproj"), project);
        File.Copy(Path.Combine(templates, "Events.cs.template"), Path.Combine(directory, "Events.cs"));
    }

    private static (int ExitCode, string Output) RunBuild(string directory)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };

        // Classic console output, one line per diagnostic, and no build servers left running afterwards.
        foreach (var argument in new[] { "build", "-c", Configuration, "-tl:off", "--disable-build-servers", "-nologo" })
        {
            start.ArgumentList.Add(argument);
        }

        // The test host may run inside an MSBuild process whose settings must not leak into the child build.
        foreach (var name in Environment.GetEnvironmentVariables().Keys.Cast<string>().Where(n => n.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)))
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";

        using var process = Process.Start(start)!;
        var text = new StringBuilder();
        process.OutputDataReceived += (_, e) => Append(text, e.Data);
        process.ErrorDataReceived += (_, e) => Append(text, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(BuildTimeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet build did not finish within {BuildTimeout.TotalMinutes} minutes:\n{text}");
        }

        process.WaitForExit();
        lock (text)
        {
            return (process.ExitCode, text.ToString());
        }
    }

    private static void Append(StringBuilder text, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (text)
        {
            text.Append(line).Append('\n');
        }
    }
}
