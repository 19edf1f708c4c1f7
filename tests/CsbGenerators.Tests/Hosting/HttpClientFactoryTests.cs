using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using CsbGenerators.Tests.Delivery.Support;
using CsbGenerators.Tests.Events;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Xunit;
using Xunit.Abstractions;
using Receiver = CsbGenerators.LocalReceiver.LocalReceiver;

namespace CsbGenerators.Tests.Hosting;

/// <summary>The client's requests take their HTTP client from IHttpClientFactory, so many scopes share one handler and its connections.</summary>
[Collection(ScenarioCollection.Name)]
public class HttpClientFactoryTests(ITestOutputHelper output)
{
    [Fact]
    public async Task TenThousandScopes_OneHandlerPool()
    {
        const int Scopes = 10_000;
        await using var receiver = await Receiver.StartAsync();
        var handlers = 0;
        var settings = HostingTestHost.Settings(receiver.BaseAddress);
        settings["CustomerSuccessBox:MaxQueueLength"] = "20000";
        using var host = HostingTestHost.Build(settings, services => services
            .AddHttpClient(CsbServiceCollectionExtensions.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() =>
            {
                Interlocked.Increment(ref handlers);
                return new SocketsHttpHandler();
            }));
        await host.StartAsync();

        var connectionsAfterFirstThousand = 0;
        for (var i = 1; i <= Scopes; i++)
        {
            await using var scope = host.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<CsbClient>().SendAsync(NumberedEvent.For(i));
            if (i == 1_000)
            {
                await scope.ServiceProvider.GetRequiredService<CsbClient>().FlushAsync();
                connectionsAfterFirstThousand = receiver.ConnectionCount;
            }
        }

        await host.Services.GetRequiredService<CsbClient>().FlushAsync();
        await host.StopAsync();

        var figures = ScenarioFigures.From(Scopes, receiver.Messages);
        output.WriteLine($"Scenario 14 {figures}; {handlers} primary handlers; {connectionsAfterFirstThousand} connections after 1,000 scopes, {receiver.ConnectionCount} after {Scopes}");
        Assert.Equal(1, handlers);
        Assert.Equal(connectionsAfterFirstThousand, receiver.ConnectionCount);
        Assert.InRange(receiver.ConnectionCount, 1, 2);
        Assert.Equal(0, figures.Lost);
        Assert.Equal(0, figures.Duplicated);
    }
}
