using System;
using System.Threading;
using System.Threading.Tasks;
using CsbGenerators.LocalReceiver;
using CsbGenerators.Tests.Delivery.Support;
using CsbGenerators.Tests.Events;
using Xunit;
using Xunit.Abstractions;
using Receiver = CsbGenerators.LocalReceiver.LocalReceiver;

namespace CsbGenerators.Tests.Delivery;

/// <summary>A cancelled flush reports what is still pending and loses nothing.</summary>
public class FlushCancellationTests(ITestOutputHelper output)
{
    [Fact]
    public async Task SlowEndpoint_FlushCancelledAt500ms_ReportsNotFlushed()
    {
        await using var receiver = await Receiver.StartAsync();
        receiver.Faults.Enqueue(Fault.Delay(TimeSpan.FromSeconds(2)));
        await using var client = TestClients.Create(receiver);
        await client.SendAsync(NumberedEvent.For(1));
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));

        var result = await client.FlushAsync(cancellation.Token);

        Assert.False(result.IsComplete);
        Assert.Equal(1, result.Pending);
        Assert.Equal(0, result.Delivered);
        Assert.StartsWith("not flushed", result.ToString());

        var later = await client.FlushAsync();
        var figures = ScenarioFigures.From(1, receiver.Messages);
        output.WriteLine("Scenario 2 " + figures);
        Assert.Equal(1, later.Delivered);
        Assert.Equal(0, figures.Lost);
        Assert.Equal(0, figures.Duplicated);
    }

    [Fact]
    public async Task FlushWithNothingPending_CompletesAtOnce()
    {
        await using var receiver = await Receiver.StartAsync();
        await using var client = TestClients.Create(receiver);

        var result = await client.FlushAsync();

        Assert.True(result.IsComplete);
        Assert.Equal("flushed: 0 delivered, 0 stored, 0 failed, 0 pending, 0 dropped", result.ToString());
    }
}
