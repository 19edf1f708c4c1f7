using System.Linq;
using System.Threading.Tasks;
using CsbGenerators;
using CsbGenerators.LocalReceiver;

namespace QuickStart;

/// <summary>Runs both routes against a local receiver, prints what it received, and checks the result.</summary>
internal static class LocalRun
{
    /// <param name="stableOutput">Masks the values that differ from run to run; see <see cref="SampleOutput"/>.</param>
    public static async Task<int> RunAsync(bool stableOutput)
    {
        await using var receiver = await LocalReceiver.StartAsync();
        var output = stableOutput ? SampleOutput.Stable(receiver.BaseAddress) : SampleOutput.Verbatim;
        output.WriteLine($"Local receiver listening on {receiver.BaseAddress}");
        output.WriteLine();

        var segment = await RouteRun.SendExamplesAsync(output, CsbRoute.SegmentCompatible, receiver.BaseAddress, receiver.Options.WriteKey);
        output.WriteLine($"flush: {segment}");
        var segmentAccepted = PrintReceived(output, receiver);
        receiver.Clear();
        output.WriteLine();

        var direct = await RouteRun.SendExamplesAsync(output, CsbRoute.CustomerSuccessBox, receiver.BaseAddress, receiver.Options.ApiKey);
        output.WriteLine($"flush: {direct}");
        var directAccepted = PrintReceived(output, receiver);
        output.WriteLine();

        // Segment-compatible: all four calls in one batch. CustomerSuccessBox: identify, track and group;
        // the page view is rejected before it is enqueued.
        if (segmentAccepted == 4 && directAccepted == 3 && segment.IsComplete && direct.IsComplete)
        {
            output.WriteLine("OK: 4 calls received over the Segment-compatible route, 3 over the CustomerSuccessBox route, page view rejected there.");
            return 0;
        }

        output.WriteLine($"FAILED: expected 4 and 3 accepted messages, received {segmentAccepted} and {directAccepted}.");
        return 1;
    }

    /// <summary>Prints each request with its body and returns the number of messages the receiver accepted.</summary>
    private static int PrintReceived(SampleOutput output, LocalReceiver receiver)
    {
        var requests = receiver.Requests;
        output.WriteLine($"received {requests.Count} request(s):");
        foreach (var request in requests)
        {
            output.WriteLine($"  {request.Method} {request.Path} -> {request.StatusCode}");
            output.WriteLine($"    Authorization: {request.Authorization ?? "(none)"}");
            output.WriteLine($"    {request.Body}");
        }

        foreach (var rejected in receiver.Messages.Where(m => !m.Accepted))
        {
            output.WriteLine($"  rejected by the receiver: {rejected.RejectionReason}");
        }

        return receiver.Messages.Count(m => m.Accepted && !m.Duplicate);
    }
}
