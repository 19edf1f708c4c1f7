using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CsbGenerators.Tests.Delivery.Support;
using CsbGenerators.Tests.Events;
using Xunit;
using Xunit.Abstractions;
using Receiver = CsbGenerators.LocalReceiver.LocalReceiver;

namespace CsbGenerators.Tests.Delivery;

/// <summary>Many threads share one client: no exception, and every event arrives exactly once.</summary>
[Collection(ScenarioCollection.Name)]
public class ConcurrencyTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(CsbRoute.SegmentCompatible, 1_000)]
    [InlineData(CsbRoute.CustomerSuccessBox, 50)]
    public async Task SixteenThreadsTracking_EveryEventArrivesOnce(CsbRoute route, int perThread)
    {
        const int Threads = 16;
        await using var receiver = await Receiver.StartAsync();
        await using var client = TestClients.Create(receiver, o =>
        {
            o.Route = route;
            o.MaxQueueLength = Threads * perThread;
        });
        var errors = new ConcurrentQueue<Exception>();
        using var start = new Barrier(Threads);
        var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            for (var i = 0; i < perThread; i++)
            {
                try
                {
                    client.SendAsync(NumberedEvent.For((t * perThread) + i)).AsTask().GetAwaiter().GetResult();
                }
                catch (Exception exception)
                {
                    errors.Enqueue(exception);
                }
            }
        })).ToList();

        threads.ForEach(thread => thread.Start());
        threads.ForEach(thread => thread.Join());
        var result = await client.FlushAsync();

        var figures = ScenarioFigures.From(Threads * perThread, receiver.Messages);
        output.WriteLine($"Scenario 15 ({route}) {figures}");
        Assert.Empty(errors);
        Assert.Equal(0, result.Dropped);
        Assert.True(result.IsComplete, result.ToString());
        Assert.Equal(0, result.Failed);
        Assert.Equal(0, figures.Lost);
        Assert.Equal(0, figures.Duplicated);
    }
}
