using System;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using CsbGenerators;

namespace CsbGenerators.DeliveryChild;

/// <summary>
/// Runs a durable-mode client against an endpoint.
/// <c>send ENDPOINT DIRECTORY FIRST COUNT</c> sends COUNT numbered events, flushes them to disk, prints
/// <c>stored N</c> and keeps sending in the background until the process is killed.
/// <c>drain ENDPOINT DIRECTORY</c> starts a client on the same directory, lets it send the backlog, prints
/// <c>drained</c> and exits.
/// </summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length < 3 || (args[0] == "send" && args.Length < 5))
        {
            Console.Error.WriteLine("Usage: send ENDPOINT DIRECTORY FIRST COUNT | drain ENDPOINT DIRECTORY");
            return 2;
        }

        var options = new CsbClientOptions
        {
            Endpoint = new Uri(args[1]),
            WriteKey = "local-write-key",
            DurableDirectory = args[2],
            FlushAt = 50,
            MaxBatchMessages = 50,
            RequestTimeout = TimeSpan.FromSeconds(60),
            RetryBaseDelay = TimeSpan.FromMilliseconds(100),
            RetryMaxDelay = TimeSpan.FromSeconds(1),
            ShutdownTimeout = TimeSpan.FromSeconds(60),
        };

        await using var client = new CsbClient(options);
        if (args[0] == "drain")
        {
            await client.DisposeAsync();
            Console.WriteLine("drained");
            return 0;
        }

        var first = long.Parse(args[3], CultureInfo.InvariantCulture);
        var count = int.Parse(args[4], CultureInfo.InvariantCulture);
        for (var number = first; number < first + count; number++)
        {
            await client.SendAsync(new NumberedEvent { UserId = "user-" + number.ToString(CultureInfo.InvariantCulture) });
        }

        var result = await client.FlushAsync();
        Console.WriteLine($"stored {result.Stored + result.Delivered}");
        await Task.Delay(Timeout.Infinite);
        return 0;
    }
}

[CsbTrack("Numbered Event", Product = "Tests", Module = "Delivery")]
public partial class NumberedEvent
{
    public string AccountId { get; set; } = "account-1";

    public string UserId { get; set; } = "user-0";
}
