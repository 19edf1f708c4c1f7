using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace CsbGenerators.Benchmarks.Delivery;

/// <summary>
/// An in-process transport that discards every request and returns 200 at once, so the send benchmark
/// measures the client and not a network or a receiver.
/// </summary>
public sealed class DiscardingHandler : HttpMessageHandler
{
    private long _requests;

    public long Requests => Interlocked.Read(ref _requests);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _requests);
        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { RequestMessage = request });
    }
}
