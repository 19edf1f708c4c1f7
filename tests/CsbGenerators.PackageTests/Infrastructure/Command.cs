using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading.Tasks;

namespace CsbGenerators.PackageTests.Infrastructure;

/// <summary>The exit code and the interleaved standard output and error of a finished command.</summary>
internal sealed record CommandResult(string CommandLine, int ExitCode, string Output)
{
    /// <summary>Describes the command and its output, for assertion messages.</summary>
    public override string ToString() => $"`{CommandLine}` exited with {ExitCode}:{Environment.NewLine}{Output}";
}

/// <summary>Runs programs, such as the <c>dotnet</c> host, as a user would from a shell, in a clean environment.</summary>
internal static class Command
{
    /// <summary>Runs <c>dotnet</c> with <paramref name="arguments"/>; see <see cref="RunAsync"/>.</summary>
    public static Task<CommandResult> DotnetAsync(
        string workingDirectory,
        IReadOnlyList<string> arguments,
        TimeSpan timeout,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        return RunAsync("dotnet", workingDirectory, arguments, timeout, environment);
    }

    /// <summary>
    /// Runs <paramref name="fileName"/> with <paramref name="arguments"/> in <paramref name="workingDirectory"/>
    /// and waits for it. The environment is this process's, less the MSBuild and test-host variables that
    /// <c>dotnet test</c> sets, which would make a nested build load the wrong SDK pieces.
    /// </summary>
    /// <exception cref="TimeoutException">The command ran longer than <paramref name="timeout"/>; it is killed, and the message contains its output so far.</exception>
    public static async Task<CommandResult> RunAsync(
        string fileName,
        string workingDirectory,
        IReadOnlyList<string> arguments,
        TimeSpan timeout,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        PrepareEnvironment(startInfo.Environment, environment);

        var commandLine = string.Join(' ', arguments.Prepend(fileName));
        var output = new StringBuilder();
        using var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, line) => Append(output, line.Data);
        process.ErrorDataReceived += (_, line) => Append(output, line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        try
        {
            await process.WaitForExitAsync().WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"`{commandLine}` did not finish within {timeout.TotalSeconds:0} s. Output so far:{Environment.NewLine}{Snapshot(output)}");
        }

        // The parameterless wait also waits for the redirected streams to reach their end.
        await process.WaitForExitAsync();
        return new CommandResult(commandLine, process.ExitCode, Snapshot(output));
    }

    private static void PrepareEnvironment(IDictionary<string, string?> target, IReadOnlyDictionary<string, string>? extra)
    {
        var inherited = target.Keys
            .Where(name => name.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("TESTINGPLATFORM", StringComparison.OrdinalIgnoreCase))
            .ToList();
        foreach (var name in inherited)
        {
            target.Remove(name);
        }

        target["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        target["DOTNET_NOLOGO"] = "1";
        target["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        if (extra is not null)
        {
            foreach (var (name, value) in extra)
            {
                target[name] = value;
            }
        }
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string Snapshot(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }
}
