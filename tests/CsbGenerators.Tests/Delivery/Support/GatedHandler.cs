using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace CsbGenerators.Tests.Delivery.Support;

/// <summary>
/// An in-process transport that returns 200 for every request and sends nothing over a socket. While the gate
/// is closed, requests wait, so a test can hold the delivery loop and fill the queue.
/// </summary>
internal sealed class GatedHandler : HttpMessageHandler
{
    private readonly TaskCompletionSource<bool> _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _requests;

    public GatedHandler(bool open)
    {
        if (open)
        {
            Open();
        }
    }

    public long Requests => Interlocked.Read(ref _requests);

    /// <summary>Lets the waiting requests and every later one through.</summary>
    public void Open() => _gate.TrySetResult(true);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _requests);
        await _gate.Task.WaitAsync(cancellationToken);
        return new HttpResponseMessage(HttpStatusCode.OK) { RequestMessage = request };
    }
}
