using System;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using CsbGenerators.Tests.Delivery.Support;
using CsbGenerators.Tests.Events;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Xunit;
using Xunit.Abstractions;
using Receiver = CsbGenerators.LocalReceiver.LocalReceiver;

namespace CsbGenerators.Tests.Delivery;

/// <summary>An exception in the send path costs one attempt: the timer-driven sends go on and nothing is dropped.</summary>
[Collection(ScenarioCollection.Name)]
public class SendPathExceptionTests(ITestOutputHelper output)
{
    [Fact]
    public async Task SendPathException_TimerSendsResume()
    {
        await using var receiver = await Receiver.StartAsync();
        var time = new FakeTimeProvider();
        var logs = new LogCapture();
        using var handler = new ThrowOnceHandler(throwOnRequest: 2) { InnerHandler = new SocketsHttpHandler() };
        using var http = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        var options = TestClients.Options(receiver.BaseAddress);
        await using var client = new CsbClient(options, http, logs.Factory, time);
        var sent = 0;

        // Only the flush timer sends: one event per simulated second, no FlushAsync.
        await ClockPump.RunForAsync(time, client, receiver, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60), () => client.SendAsync(NumberedEvent.For(++sent)).AsTask().GetAwaiter().GetResult());
        await ClockPump.RunUntilAsync(time, client, receiver, TimeSpan.FromSeconds(1), () => receiver.Messages.Count(m => m.Accepted) >= sent, TimeSpan.FromMinutes(5));

        var figures = ScenarioFigures.From(sent, receiver.Messages);
        output.WriteLine("Scenario 7 " + figures);
        Assert.True(handler.Thrown, "the handler threw");
        Assert.Single(logs.WithId(10));
        Assert.True(client.Pipeline.IsRunning);
        Assert.Equal(0, figures.Lost);
        Assert.Equal(0, client.Pipeline.Dropped);
        Assert.True(receiver.Requests.Count >= 10, $"the timer sent {receiver.Requests.Count} requests");
    }

    [Fact]
    public async Task LoggerThatThrows_LoopKeepsDelivering()
    {
        await using var receiver = await Receiver.StartAsync();
        var provider = new ThrowingLoggerProvider();
        using var factory = Microsoft.Extensions.Logging.LoggerFactory.Create(b => b.AddProvider(provider).SetMinimumLevel(Microsoft.Extensions.Logging.LogLevel.Trace));
        await using var client = TestClients.Create(receiver, logs: factory);
        await client.SendAsync(NumberedEvent.For(1));
        var first = await client.FlushAsync();
        await client.SendAsync(NumberedEvent.For(2));
        var second = await client.FlushAsync();

        Assert.True(provider.Threw);
        Assert.Equal(1, first.Delivered);
        Assert.Equal(1, second.Delivered);
        Assert.True(client.Pipeline.IsRunning);
    }

    /// <summary>Throws an exception that no HTTP stack would, on one request only.</summary>
    private sealed class ThrowOnceHandler(int throwOnRequest) : DelegatingHandler
    {
        private int _requests;

        public bool Thrown { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref _requests) == throwOnRequest)
            {
                Thrown = true;
                throw new InvalidOperationException("injected failure in the send path");
            }

            return base.SendAsync(request, cancellationToken);
        }
    }

    /// <summary>Throws on every delivery log entry.</summary>
    private sealed class ThrowingLoggerProvider : Microsoft.Extensions.Logging.ILoggerProvider
    {
        public bool Threw { get; private set; }

        public Microsoft.Extensions.Logging.ILogger CreateLogger(string categoryName) => new Logger(this);

        public void Dispose()
        {
        }

        private sealed class Logger(ThrowingLoggerProvider owner) : Microsoft.Extensions.Logging.ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(Microsoft.Extensions.Logging.LogLevel logLevel) => true;

            public void Log<TState>(Microsoft.Extensions.Logging.LogLevel logLevel, Microsoft.Extensions.Logging.EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (eventId.Id == 3)
                {
                    owner.Threw = true;
                    throw new InvalidOperationException("injected logger failure");
                }
            }
        }
    }
}
