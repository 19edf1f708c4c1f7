using System;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Xunit;

namespace CsbGenerators.LocalReceiver.Tests;

/// <summary>Runs the receiver as its own process, as <c>dotnet run</c> would, and stops it with a signal.</summary>
public sealed partial class StandaloneTests
{
    private const int Sigterm = 15;

    [Fact]
    public async Task Standalone_RequestThenSigterm_LogsAndExits()
    {
        const string WriteKey = "standalone-write-key";
        using Process process = StartReceiverProcess("--port", "0", "--write-key", WriteKey);
        var output = new StringBuilder();
        try
        {
            string firstLine = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30)) ?? string.Empty;
            output.AppendLine(firstLine);
            Match address = BaseAddressPattern().Match(firstLine);
            Assert.True(address.Success, $"The first line names no base address: {firstLine}");

            using var client = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = new Uri(address.Value) };
            using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/batch")
            {
                Content = new StringContent(Payloads.Batch(Payloads.Track()), Encoding.UTF8, "application/json"),
            };
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(WriteKey + ":")));
            using HttpResponseMessage response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);

            Assert.Equal(0, Kill(process.Id, Sigterm));
            output.Append(await process.StandardOutput.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(30)));
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill();
            }
        }

        string log = output.ToString();
        Assert.Equal(0, process.ExitCode);
        Assert.Contains("POST /v1/batch -> 200 (Authorization: Basic [redacted]", log, StringComparison.Ordinal);
        Assert.Contains("/api/v1_1/user", log, StringComparison.Ordinal);
        Assert.Contains("Stopping.", log, StringComparison.Ordinal);
        Assert.DoesNotContain(WriteKey, log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Standalone_UnknownArgument_ExitsWithTwo()
    {
        using Process process = StartReceiverProcess("--host", "0.0.0.0");

        string error = await process.StandardError.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(2, process.ExitCode);
        Assert.StartsWith("Unknown argument '--host'.", error, StringComparison.Ordinal);
    }

    /// <summary>Starts the receiver's assembly from the test output folder with the dotnet host that runs the tests.</summary>
    private static Process StartReceiverProcess(params string[] arguments)
    {
        string assembly = Path.Combine(AppContext.BaseDirectory, "CsbGenerators.LocalReceiver.dll");
        string dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        var startInfo = new ProcessStartInfo(dotnet)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.ArgumentList.Add(assembly);
        foreach (string argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        return Process.Start(startInfo) ?? throw new InvalidOperationException($"Starting {dotnet} {assembly} failed.");
    }

    // NOTE: kill(2) is a POSIX call, so the SIGTERM test runs on Linux and macOS only.
    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int processId, int signal);

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+/")]
    private static partial Regex BaseAddressPattern();
}
