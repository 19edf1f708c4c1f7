using System;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using CsbGenerators.LocalReceiver;
using CsbGenerators.Tests.Delivery.Support;
using CsbGenerators.Tests.Events;
using Microsoft.Extensions.Time.Testing;
using Xunit;
using Receiver = CsbGenerators.LocalReceiver.LocalReceiver;

namespace CsbGenerators.Tests.Delivery.Retry;

/// <summary>The client waits for the Retry-After delay, within 100 ms and the backoff cap, and every sender waits out a 429.</summary>
[Collection(ScenarioCollection.Name)]
public class RetryAfterTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(503, "3", 3_000)]
    [InlineData(429, "0", 100)]
    [InlineData(429, "86400", 30_000)]
    [InlineData(503, "Tue, 10 Mar 2026 12:00:20 GMT", 20_000)]
    public async Task RetryAfter_SetsWaitWithinClamp(int status, string retryAfter, int expectedMilliseconds)
    {
        await using var receiver = await Receiver.StartAsync();
        receiver.Faults.Enqueue(Fault.Status(status, retryAfter));
        var time = new FakeTimeProvider(Start);
        using var timing = new TimingHandler(time) { InnerHandler = new SocketsHttpHandler() };
        using var http = new HttpClient(timing) { Timeout = Timeout.InfiniteTimeSpan };
        await using var client = new CsbClient(TestClients.Options(receiver.BaseAddress), http, timeProvider: time);
        await client.SendAsync(NumberedEvent.For(1));

        _ = client.FlushAsync();
        await ClockPump.RunUntilAsync(time, client, receiver, TimeSpan.FromMilliseconds(50), () => receiver.Messages.Count > 0, TimeSpan.FromMinutes(2));

        var sentAt = timing.SentAt.OrderBy(t => t).ToArray();
        Assert.Equal(2, sentAt.Length);
        var wait = sentAt[1] - sentAt[0];
        Assert.InRange(wait, TimeSpan.FromMilliseconds(expectedMilliseconds), TimeSpan.FromMilliseconds(expectedMilliseconds + 100));
    }

    [Fact]
    public async Task Status429_EveryConcurrentSenderWaits()
    {
        await using var receiver = await Receiver.StartAsync(new LocalReceiverOptions { UtcNow = () => Start });
        receiver.Faults.Enqueue(Fault.Status(429, "5"));
        var time = new FakeTimeProvider(Start);
        using var timing = new TimingHandler(time) { InnerHandler = new SocketsHttpHandler() };
        using var http = new HttpClient(timing) { Timeout = Timeout.InfiniteTimeSpan };
        var options = TestClients.Options(receiver.BaseAddress, CsbRoute.CustomerSuccessBox);
        options.MaxConcurrentRequests = 4;
        await using var client = new CsbClient(options, http, timeProvider: time);
        for (var i = 1; i <= 12; i++)
        {
            await client.SendAsync(NumberedEvent.For(i));
        }

        _ = client.FlushAsync();
        await ClockPump.RunUntilAsync(time, client, receiver, TimeSpan.FromMilliseconds(100), () => receiver.Messages.Count >= 12, TimeSpan.FromMinutes(2));

        // Requests that left before the client had read the 429 could not know of it: that includes one that left
        // at the same fake instant, between the handler recording the response and the client reading it. Every
        // request that left once the clock had moved on waited the 5 seconds out.
        var limitedAt = Assert.Single(timing.Events, e => e.Status == 429).Time;
        var afterLimit = timing.Events.SkipWhile(e => e.Status != 429).Skip(1).Where(e => e.Status == 0 && e.Time > limitedAt).ToList();
        Assert.Equal(13, timing.Events.Count(e => e.Status == 0));
        Assert.NotEmpty(afterLimit);
        Assert.All(afterLimit, e => Assert.True(e.Time >= limitedAt + TimeSpan.FromSeconds(5), $"a request left {e.Time - limitedAt} after the 429"));
    }

    /// <summary>Records, in order and on the fake clock, each request leaving (status 0) and each response arriving.</summary>
    private sealed class TimingHandler(TimeProvider time) : DelegatingHandler
    {
        private readonly object _gate = new();
        private readonly System.Collections.Generic.List<(int Status, DateTimeOffset Time)> _events = new();

        public System.Collections.Generic.IReadOnlyList<(int Status, DateTimeOffset Time)> Events
        {
            get
            {
                lock (_gate)
                {
                    return _events.ToArray();
                }
            }
        }

        public DateTimeOffset[] SentAt => Events.Where(e => e.Status == 0).Select(e => e.Time).ToArray();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Record(0);
            var response = await base.SendAsync(request, cancellationToken);
            Record((int)response.StatusCode);
            return response;
        }

        private void Record(int status)
        {
            lock (_gate)
            {
                _events.Add((status, time.GetUtcNow()));
            }
        }
    }
}
