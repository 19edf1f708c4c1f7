using System;
using System.Linq;
using System.Threading.Tasks;
using CsbGenerators;
using CsbGenerators.LocalReceiver;

namespace QuickStart;

/// <summary>Runs both routes against a local receiver, prints what it received, and checks the result.</summary>
internal static class LocalRun
{
    public static async Task<int> RunAsync()
    {
        await using var receiver = await LocalReceiver.StartAsync();
        Console.WriteLine($"Local receiver listening on {receiver.BaseAddress}");
        Console.WriteLine();

        var segment = await RouteRun.SendExamplesAsync(CsbRoute.SegmentCompatible, receiver.BaseAddress, receiver.Options.WriteKey);
        Console.WriteLine($"flush: {segment}");
        var segmentAccepted = PrintReceived(receiver);
        receiver.Clear();
        Console.WriteLine();

        var direct = await RouteRun.SendExamplesAsync(CsbRoute.CustomerSuccessBox, receiver.BaseAddress, receiver.Options.ApiKey);
        Console.WriteLine($"flush: {direct}");
        var directAccepted = PrintReceived(receiver);
        Console.WriteLine();

        // Segment-compatible: all four calls in one batch. CustomerSuccessBox: identify, track and group;
        // the page view is rejected before it is enqueued.
        if (segmentAccepted == 4 && directAccepted == 3 && segment.IsComplete && direct.IsComplete)
        {
            Console.WriteLine("OK: 4 calls received over the Segment-compatible route, 3 over the CustomerSuccessBox route, page view rejected there.");
            return 0;
        }

        Console.WriteLine($"FAILED: expected 4 and 3 accepted messages, received {segmentAccepted} and {directAccepted}.");
        return 1;
    }

    /// <summary>Prints each request with its body and returns the number of messages the receiver accepted.</summary>
    private static int PrintReceived(LocalReceiver receiver)
    {
        var requests = receiver.Requests;
        Console.WriteLine($"received {requests.Count} request(s):");
        foreach (var request in requests)
        {
            Console.WriteLine($"  {request.Method} {request.Path} -> {request.StatusCode}");
            Console.WriteLine($"    Authorization: {request.Authorization ?? "(none)"}");
            Console.WriteLine($"    {request.Body}");
        }

        foreach (var rejected in receiver.Messages.Where(m => !m.Accepted))
        {
            Console.WriteLine($"  rejected by the receiver: {rejected.RejectionReason}");
        }

        return receiver.Messages.Count(m => m.Accepted && !m.Duplicate);
    }
}
