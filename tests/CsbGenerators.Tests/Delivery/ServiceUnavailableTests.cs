using System;
using System.Linq;
using System.Threading.Tasks;
using CsbGenerators.LocalReceiver;
using CsbGenerators.Tests.Delivery.Support;
using CsbGenerators.Tests.Events;
using Microsoft.Extensions.Time.Testing;
using Xunit;
using Xunit.Abstractions;
using Receiver = CsbGenerators.LocalReceiver.LocalReceiver;

namespace CsbGenerators.Tests.Delivery;

/// <summary>A long run of 503s loses nothing, keeps the request rate under the backoff ceiling, and ends soon after recovery.</summary>
[Collection(ScenarioCollection.Name)]
public class ServiceUnavailableTests(ITestOutputHelper output)
{
    [Fact]
    public async Task TenMinutesOf503_RateBoundedNothingLost()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 10, 8, 0, 0, TimeSpan.Zero));
        var outageEnd = time.GetUtcNow() + TimeSpan.FromMinutes(10);
        await using var receiver = await Receiver.StartAsync();
        receiver.Faults.SetRepeating(_ => time.GetUtcNow() < outageEnd ? Fault.Status(503) : null);
        var options = TestClients.Options(receiver.BaseAddress);
        await using var client = TestClients.Create(receiver, time: time);
        var sent = 0;

        // One event per simulated second for the whole outage.
        await ClockPump.RunForAsync(time, client, receiver, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(10), () => client.SendAsync(NumberedEvent.For(++sent)).AsTask().GetAwaiter().GetResult());
        var outageRequests = receiver.Requests.Count(r => r.StatusCode == 503);
        await ClockPump.RunUntilAsync(time, client, receiver, TimeSpan.FromSeconds(1), () => receiver.Messages.Count(m => m.Accepted) >= sent, TimeSpan.FromMinutes(5));
        var recovery = time.GetUtcNow() - outageEnd;

        var figures = ScenarioFigures.From(sent, receiver.Messages);
        output.WriteLine($"Scenario 6 {figures}; {outageRequests} requests during the outage; delivery finished {recovery.TotalSeconds:0} s after recovery");
        Assert.Equal(0, figures.Lost);
        Assert.Equal(0, figures.Duplicated);

        // The ceiling: the attempts while the backoff doubles up to its cap, then one request per quarter of the cap
        // (full jitter averages half of it).
        var rampAttempts = (int)Math.Ceiling(Math.Log2(options.RetryMaxDelay / options.RetryBaseDelay)) + 1;
        var ceiling = rampAttempts + (int)(TimeSpan.FromMinutes(10) / (options.RetryMaxDelay / 4));
        Assert.InRange(outageRequests, 2, ceiling);
        Assert.True(recovery <= options.RetryMaxDelay + options.FlushInterval + TimeSpan.FromSeconds(5), $"delivery finished {recovery} after recovery");
    }
}
