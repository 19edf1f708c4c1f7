using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;
using CsbGenerators.LocalReceiver;
using CsbGenerators.Tests.Delivery.Support;
using CsbGenerators.Tests.Events;
using Xunit;
using Receiver = CsbGenerators.LocalReceiver.LocalReceiver;

namespace CsbGenerators.Tests.Delivery;

/// <summary>Disposal that races a timer tick and a request in flight leaves no unobserved exception behind.</summary>
[Collection(ScenarioCollection.Name)]
public class DisposeRaceTests
{
    [Fact]
    public async Task DisposeRace_NoUnobservedException()
    {
        var unobserved = new ConcurrentQueue<Exception>();
        void OnUnobserved(object? sender, UnobservedTaskExceptionEventArgs e) => unobserved.Enqueue(e.Exception);
        TaskScheduler.UnobservedTaskException += OnUnobserved;
        try
        {
            await using var receiver = await Receiver.StartAsync();
            receiver.Faults.SetRepeating(_ => Fault.Delay(TimeSpan.FromMilliseconds(50)));
            for (var round = 0; round < 20; round++)
            {
                var client = TestClients.Create(receiver, o =>
                {
                    o.FlushInterval = TimeSpan.FromMilliseconds(1);
                    o.ShutdownTimeout = TimeSpan.FromMilliseconds(round % 4 * 20);
                });
                using var stop = new CancellationTokenSource();
                var sender = Task.Run(async () =>
                {
                    for (var i = 0; !stop.IsCancellationRequested; i++)
                    {
                        try
                        {
                            await client.SendAsync(NumberedEvent.For(i));
                        }
                        catch (ObjectDisposedException)
                        {
                            return;
                        }

                        await Task.Yield();
                    }
                });
                await Task.Delay(30 + (round * 7 % 40));

                await client.DisposeAsync();
                stop.Cancel();
                await sender;
            }

            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
        }
        finally
        {
            TaskScheduler.UnobservedTaskException -= OnUnobserved;
        }

        Assert.Empty(unobserved);
    }
}
