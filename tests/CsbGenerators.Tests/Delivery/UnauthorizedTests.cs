using System;
using System.Linq;
using System.Threading.Tasks;
using CsbGenerators.LocalReceiver;
using CsbGenerators.Tests.Delivery.Support;
using CsbGenerators.Tests.Events;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Xunit;
using Xunit.Abstractions;
using Receiver = CsbGenerators.LocalReceiver.LocalReceiver;

namespace CsbGenerators.Tests.Delivery;

/// <summary>A rejected key pauses delivery, keeps the data, logs one error, and resumes once the key is accepted again.</summary>
[Collection(ScenarioCollection.Name)]
public class UnauthorizedTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Status401_PausesKeepsDataAndLogsOneError()
    {
        await using var receiver = await Receiver.StartAsync(new LocalReceiverOptions { WriteKey = "rotated-key" });
        var time = new FakeTimeProvider();
        var logs = new LogCapture();
        await using var client = TestClients.Create(receiver, time: time, logs: logs.Factory);
        for (var i = 1; i <= 5; i++)
        {
            await client.SendAsync(NumberedEvent.For(i));
        }

        var result = await client.FlushAsync();
        await client.SendAsync(NumberedEvent.For(6));
        await ClockPump.RunForAsync(time, client, receiver, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(4));

        Assert.True(result.DeliveryPaused);
        Assert.Equal(5, result.Pending);
        Assert.StartsWith("not flushed (delivery paused)", result.ToString());
        Assert.Equal(401, Assert.Single(receiver.Requests).StatusCode);
        Assert.Equal(6, client.Pipeline.Queue.HeldCount);
        var error = Assert.Single(logs.Entries, e => e.Level >= LogLevel.Error);
        Assert.Equal(12, error.EventId);
        Assert.Contains("401", error.Message);

        // The key is accepted again: the next probe delivers everything that was kept.
        receiver.Options.WriteKey = "local-write-key";
        await ClockPump.RunUntilAsync(time, client, receiver, TimeSpan.FromSeconds(1), () => receiver.Messages.Count(m => m.Accepted) >= 6, TimeSpan.FromMinutes(10));

        var figures = ScenarioFigures.From(6, receiver.Messages);
        output.WriteLine($"Scenario 11 {figures}; {receiver.Requests.Count(r => r.StatusCode == 401)} requests got 401");
        Assert.Equal(0, figures.Lost);
        Assert.Single(logs.WithId(14));
        Assert.Single(logs.Entries, e => e.Level >= LogLevel.Error);
    }
}
