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

/// <summary>A simulated day of steady traffic through random failures: the worker lives and nothing is lost.</summary>
[Collection(ScenarioCollection.Name)]
public class LongRunTests(ITestOutputHelper output)
{
    [Fact]
    public async Task SimulatedDayWithFaults_NothingLost()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 10, 0, 0, 0, TimeSpan.Zero));
        await using var receiver = await Receiver.StartAsync();
        var random = new Random(20260310);
        var faults = new int[4];

        // About 4% server errors, 2% resets after the body and 0.5% requests that outlast the client's timeout.
        receiver.Faults.SetRepeating(_ =>
        {
            var roll = random.NextDouble();
            Fault? fault = roll switch
            {
                < 0.04 => Fault.Status(new[] { 500, 502, 503, 504 }[random.Next(4)]),
                < 0.06 => Fault.ResetAfterBody(),
                < 0.065 => Fault.Delay(TimeSpan.FromMinutes(2)),
                _ => null,
            };
            faults[fault switch { StatusFault => 0, ResetAfterBodyFault => 1, DelayFault => 2, _ => 3 }]++;
            return fault;
        });
        await using var client = TestClients.Create(receiver, o => o.FlushInterval = TimeSpan.FromSeconds(30), time);
        var sent = 0;

        await ClockPump.RunForAsync(time, client, receiver, TimeSpan.FromSeconds(1), TimeSpan.FromHours(24), () => client.SendAsync(NumberedEvent.For(++sent)).AsTask().GetAwaiter().GetResult());
        await ClockPump.RunUntilAsync(time, client, receiver, TimeSpan.FromSeconds(1), () => receiver.Messages.Count(m => m.Accepted) >= sent, TimeSpan.FromMinutes(30));

        var final = await client.FlushAsync();
        var figures = ScenarioFigures.From(sent, receiver.Messages);
        output.WriteLine($"Scenario 4 {figures}; {receiver.Requests.Count} requests, {faults[0]} server errors, {faults[1]} resets, {faults[2]} timeouts");
        Assert.Equal(86_400, sent);
        Assert.True(client.Pipeline.IsRunning, "the delivery loop ended");
        Assert.True(faults[0] > 0, "no server error happened");
        Assert.True(faults[1] > 0, "no reset happened");
        Assert.True(faults[2] > 0, "no timeout happened");
        Assert.Equal(0, figures.Lost);
        Assert.True(final.IsComplete, final.ToString());
        Assert.Equal(0, client.Pipeline.Queue.HeldCount);
    }
}
