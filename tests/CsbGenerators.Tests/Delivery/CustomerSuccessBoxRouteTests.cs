using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using CsbGenerators.LocalReceiver;
using CsbGenerators.Tests.Delivery.Support;
using CsbGenerators.Tests.Events;
using Xunit;
using Receiver = CsbGenerators.LocalReceiver.LocalReceiver;

namespace CsbGenerators.Tests.Delivery;

/// <summary>The CustomerSuccessBox route sends one request per event with bounded parallelism and the same retry rules.</summary>
public class CustomerSuccessBoxRouteTests
{
    [Fact]
    public async Task RequestsInFlight_NeverPassMaxConcurrentRequests()
    {
        await using var receiver = await Receiver.StartAsync();
        receiver.Faults.SetRepeating(_ => Fault.Delay(TimeSpan.FromMilliseconds(30)));
        using var counter = new ConcurrencyHandler { InnerHandler = new SocketsHttpHandler() };
        using var http = new HttpClient(counter) { Timeout = Timeout.InfiniteTimeSpan };
        var options = TestClients.Options(receiver.BaseAddress, CsbRoute.CustomerSuccessBox);
        options.MaxConcurrentRequests = 3;
        await using var client = new CsbClient(options, http);
        for (var i = 0; i < 24; i++)
        {
            await client.SendAsync(NumberedEvent.For(i));
        }

        var result = await client.FlushAsync();

        Assert.Equal(24, result.Delivered);
        Assert.Equal(3, counter.MaxInFlight);
    }

    [Fact]
    public async Task TransientFailure_IsRetriedPerMessage()
    {
        await using var receiver = await Receiver.StartAsync();
        receiver.Faults.Enqueue(Fault.Status(502), Fault.ResetAfterBody());
        await using var client = TestClients.Create(receiver, o =>
        {
            o.Route = CsbRoute.CustomerSuccessBox;
            o.RetryBaseDelay = TimeSpan.FromMilliseconds(10);
        });
        for (var i = 0; i < 5; i++)
        {
            await client.SendAsync(NumberedEvent.For(i));
        }

        var result = await client.FlushAsync();

        Assert.Equal(5, result.Delivered);
        Assert.Equal(7, receiver.Requests.Count);
        Assert.Equal(0, ScenarioFigures.From(5, receiver.Messages).Lost);
    }

    private sealed class ConcurrencyHandler : DelegatingHandler
    {
        private int _inFlight;
        private int _max;

        public int MaxInFlight => Volatile.Read(ref _max);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var now = Interlocked.Increment(ref _inFlight);
            int seen;
            while (now > (seen = Volatile.Read(ref _max)) && Interlocked.CompareExchange(ref _max, now, seen) != seen)
            {
            }

            try
            {
                return await base.SendAsync(request, cancellationToken);
            }
            finally
            {
                Interlocked.Decrement(ref _inFlight);
            }
        }
    }
}
