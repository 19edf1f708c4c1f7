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

/// <summary>An endpoint that is down when the client starts gets every event once it comes up, with no call from the application.</summary>
[Collection(ScenarioCollection.Name)]
public class EndpointOutageTests(ITestOutputHelper output)
{
    [Fact]
    public async Task EndpointUpLater_EveryEventDelivered()
    {
        var port = TestClients.FreePort();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 10, 8, 0, 0, TimeSpan.Zero));
        await using var client = TestClients.Create(new Uri($"http://127.0.0.1:{port}/"), time: time);
        for (var i = 1; i <= 20; i++)
        {
            await client.SendAsync(NumberedEvent.For(i));
        }

        // Two simulated minutes of refused connections: the first batch is retried with backoff.
        await ClockPump.RunForAsync(time, client, receiver: null, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(2));
        await using var receiver = await Receiver.StartAsync(new LocalReceiverOptions { Port = port });
        await ClockPump.RunUntilAsync(time, client, receiver, TimeSpan.FromSeconds(1), () => receiver.Messages.Count(m => m.Accepted) >= 20, TimeSpan.FromMinutes(5));

        var figures = ScenarioFigures.From(20, receiver.Messages);
        output.WriteLine("Scenario 3 " + figures);
        Assert.Equal(0, figures.Lost);
        Assert.Equal(0, figures.Duplicated);
    }
}
