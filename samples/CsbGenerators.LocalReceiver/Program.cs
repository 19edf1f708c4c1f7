using System;
using System.Runtime.InteropServices;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace CsbGenerators.LocalReceiver;

/// <summary>Runs the receiver standalone, logging each request to the console, until Ctrl+C or SIGTERM.</summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        CommandLine commandLine;
        try
        {
            commandLine = CommandLine.Parse(args);
        }
        catch (FormatException exception)
        {
            await Console.Error.WriteLineAsync(exception.Message).ConfigureAwait(false);
            await Console.Error.WriteLineAsync(CommandLine.Usage).ConfigureAwait(false);
            return 2;
        }

        if (commandLine.ShowHelp)
        {
            Console.WriteLine(CommandLine.Usage);
            return 0;
        }

        var stopRequested = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void RequestStop(PosixSignalContext context)
        {
            context.Cancel = true;
            stopRequested.TrySetResult();
        }

        using PosixSignalRegistration interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, RequestStop);
        using PosixSignalRegistration terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, RequestStop);

        await using LocalReceiver receiver = await LocalReceiver.StartAsync(commandLine.Options, ConfigureConsoleLogging, default).ConfigureAwait(false);
        Uri baseAddress = receiver.BaseAddress;
        Console.WriteLine($"Local receiver listening on {baseAddress}");
        Console.WriteLine($"  Segment-compatible batch:  POST {new Uri(baseAddress, SegmentBatchEndpoint.Path)} (HTTP Basic: write key as user name, empty password)");
        Console.WriteLine($"  CustomerSuccessBox direct: POST {new Uri(baseAddress, CsbEndpoints.UserPath)}, {CsbEndpoints.AccountPath}, {CsbEndpoints.FeaturePath} (Bearer API key)");
        Console.WriteLine("Press Ctrl+C to stop.");

        await stopRequested.Task.ConfigureAwait(false);
        Console.WriteLine("Stopping.");
        return 0;
    }

    private static void ConfigureConsoleLogging(ILoggingBuilder logging)
    {
        logging.SetMinimumLevel(LogLevel.Information);
        logging.AddFilter("Microsoft", LogLevel.Warning);
        logging.AddSimpleConsole(console =>
        {
            console.SingleLine = true;
            console.TimestampFormat = "HH:mm:ss.fff ";
            console.UseUtcTimestamp = true;
        });
    }
}
