using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using CsbGenerators.LocalReceiver;
using CsbGenerators.Tests.Delivery.Support;
using Xunit;
using Xunit.Abstractions;
using Receiver = CsbGenerators.LocalReceiver.LocalReceiver;

namespace CsbGenerators.Tests.Delivery.Durable;

/// <summary>
/// A durable-mode process killed with SIGKILL in the middle of a send loses nothing: the next start sends every
/// message, with the message id it had before the kill. The child is tests/CsbGenerators.DeliveryChild.
/// Process.Kill sends SIGKILL on Linux and macOS, where this test runs.
/// </summary>
[Collection(ScenarioCollection.Name)]
public class ProcessKillTests(ITestOutputHelper output)
{
    private const int Events = 500;

    [Fact]
    public async Task SigkillMidSend_RestartDeliversEveryMessageId()
    {
        using var directory = new TempDirectory();
        await using var receiver = await Receiver.StartAsync();

        // The first requests hang, so the kill lands while a batch is in flight.
        receiver.Faults.Enqueue(Fault.Delay(TimeSpan.FromMinutes(5)), Fault.Delay(TimeSpan.FromMinutes(5)));
        using (var sender = StartChild("send", receiver.BaseAddress, directory.Path, "1", Events.ToString()))
        {
            var line = await ReadLineAsync(sender, TimeSpan.FromSeconds(60));
            Assert.Equal($"stored {Events}", line);
            await Eventually.HoldsAsync(() => receiver.Faults.DelayingCount >= 1, timeoutSeconds: 60);

            // Process.Kill sends SIGKILL on Unix: no finally block, no disposal, no flush runs in the child.
            sender.Kill();
            await sender.WaitForExitAsync();
        }

        await Eventually.HoldsAsync(() => receiver.Faults.DelayingCount == 0, timeoutSeconds: 60);
        receiver.Faults.Clear();
        var inFlightAtKill = receiver.Requests.Where(r => r.StatusCode == 0).SelectMany(r => ReadMessageIds(r.Body)).ToList();
        using (var drainer = StartChild("drain", receiver.BaseAddress, directory.Path))
        {
            Assert.Equal("drained", await ReadLineAsync(drainer, TimeSpan.FromSeconds(90)));
            await drainer.WaitForExitAsync();
            Assert.Equal(0, drainer.ExitCode);
        }

        var figures = ScenarioFigures.From(Events, receiver.Messages);
        output.WriteLine($"Scenario 10 {figures}; {inFlightAtKill.Count} messages were in flight at the kill");
        var accepted = receiver.Messages.Where(m => m.Accepted).Select(m => m.MessageId).ToHashSet();
        Assert.NotEmpty(inFlightAtKill);
        Assert.All(inFlightAtKill, id => Assert.Contains(id, accepted));
        Assert.Equal(0, figures.Lost);
        Assert.Equal(0, figures.Duplicated);
    }

    private static Process StartChild(params object[] arguments)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(ChildPath());
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument.ToString()!);
        }

        return Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start.");
    }

    /// <summary>The helper's build output beside this project's: <c>tests/CsbGenerators.DeliveryChild/bin/{configuration}/net10.0</c>.</summary>
    private static string ChildPath()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = output.Name;
        var configuration = output.Parent!.Name;
        var tests = output.Parent.Parent!.Parent!.Parent!.FullName;
        var path = Path.Combine(tests, "CsbGenerators.DeliveryChild", "bin", configuration, framework, "CsbGenerators.DeliveryChild.dll");
        Assert.True(File.Exists(path), $"The child helper was not built at {path}.");
        return path;
    }

    private static async Task<string?> ReadLineAsync(Process process, TimeSpan timeout)
    {
        var line = await process.StandardOutput.ReadLineAsync().WaitAsync(timeout);
        if (line is null)
        {
            Assert.Fail("The child exited early: " + await process.StandardError.ReadToEndAsync());
        }

        return line;
    }

    private static IEnumerable<string?> ReadMessageIds(string body)
    {
        using var document = JsonDocument.Parse(body);
        return document.RootElement.GetProperty("batch").EnumerateArray().Select(item => item.GetProperty("messageId").GetString()).ToList();
    }
}
