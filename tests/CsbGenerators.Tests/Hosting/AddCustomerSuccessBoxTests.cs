using System;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using CsbGenerators.Tests.Events;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Xunit;
using Receiver = CsbGenerators.LocalReceiver.LocalReceiver;

namespace CsbGenerators.Tests.Hosting;

/// <summary>AddCustomerSuccessBox binds and validates options at start-up and registers one client.</summary>
public class AddCustomerSuccessBoxTests
{
    private static readonly Uri Loopback = new("http://127.0.0.1:5999/");

    [Fact]
    public void Configuration_IsBoundToOptions()
    {
        var settings = HostingTestHost.Settings(Loopback);
        settings["CustomerSuccessBox:FlushInterval"] = "00:00:02";
        settings["CustomerSuccessBox:MaxQueueLength"] = "500";
        settings["CustomerSuccessBox:MaxQueueBytes"] = "1048576";
        settings["CustomerSuccessBox:DurableDirectory"] = "/var/lib/csb";
        settings["CustomerSuccessBox:Route"] = "customersuccessbox";
        settings["CustomerSuccessBox:ApiKey"] = "api-key";
        using var host = HostingTestHost.Build(settings);

        var options = host.Services.GetRequiredService<IOptions<CsbClientOptions>>().Value;

        Assert.Equal(CsbRoute.CustomerSuccessBox, options.Route);
        Assert.Equal(Loopback, options.Endpoint);
        Assert.Equal("api-key", options.ApiKey);
        Assert.Equal(TimeSpan.FromSeconds(2), options.FlushInterval);
        Assert.Equal(500, options.MaxQueueLength);
        Assert.Equal(1_048_576, options.MaxQueueBytes);
        Assert.Equal("/var/lib/csb", options.DurableDirectory);
    }

    [Theory]
    [InlineData("WriteKey", "CsbClientOptions.WriteKey is missing")]
    [InlineData("Endpoint", "CsbClientOptions.Endpoint is missing")]
    public async Task MissingSetting_FailsStartupNamingIt(string setting, string expected)
    {
        var settings = HostingTestHost.Settings(Loopback);
        settings.Remove("CustomerSuccessBox:" + setting);
        using var host = HostingTestHost.Build(settings);

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(expected, exception.Message);
        Assert.Contains("Configuration key: CustomerSuccessBox:" + setting, exception.Message);
    }

    [Fact]
    public async Task NonHttpsRemoteEndpoint_FailsStartup()
    {
        using var host = HostingTestHost.Build(HostingTestHost.Settings(new Uri("http://collector.example.test/")));

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("is not HTTPS", exception.Message);
        Assert.DoesNotContain("local-write-key", exception.Message);
    }

    [Fact]
    public async Task InvalidDuration_FailsStartupNamingKey()
    {
        var settings = HostingTestHost.Settings(Loopback);
        settings["CustomerSuccessBox:FlushInterval"] = "soon";
        using var host = HostingTestHost.Build(settings);

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => host.StartAsync());

        Assert.Contains("'soon' of CustomerSuccessBox:FlushInterval is invalid", exception.Message);
    }

    [Fact]
    public async Task LoopbackHttpEndpoint_StartsAndClientIsSingleton()
    {
        using var host = HostingTestHost.Build(HostingTestHost.Settings(Loopback));

        await host.StartAsync();
        var first = host.Services.GetRequiredService<CsbClient>();
        using var scope = host.Services.CreateScope();
        var second = scope.ServiceProvider.GetRequiredService<CsbClient>();
        await host.StopAsync();

        Assert.Same(first, second);
        Assert.Single(host.Services.GetServices<CsbClient>());
    }

    [Fact]
    public async Task KeyOnlyInEachRequestsAuthorizationHeader()
    {
        await using var receiver = await Receiver.StartAsync();
        using var host = HostingTestHost.Build(HostingTestHost.Settings(receiver.BaseAddress));
        await host.StartAsync();
        var client = host.Services.GetRequiredService<CsbClient>();

        await client.SendAsync(Examples.Track());
        await client.FlushAsync();
        await client.SendAsync(Examples.Identify());
        await client.FlushAsync();
        var factoryClient = host.Services.GetRequiredService<IHttpClientFactory>().CreateClient(CsbServiceCollectionExtensions.HttpClientName);
        await host.StopAsync();

        Assert.Equal(2, receiver.Requests.Count);
        Assert.All(receiver.Requests, r => Assert.Equal("Basic [redacted]", r.Authorization));
        Assert.Null(factoryClient.DefaultRequestHeaders.Authorization);
        Assert.Empty(factoryClient.DefaultRequestHeaders);
    }

    [Fact]
    public async Task StopAsync_FlushesWithinHostToken()
    {
        await using var receiver = await Receiver.StartAsync();
        var settings = HostingTestHost.Settings(receiver.BaseAddress);
        settings["CustomerSuccessBox:FlushInterval"] = "01:00:00";
        using var host = HostingTestHost.Build(settings);
        await host.StartAsync();
        var client = host.Services.GetRequiredService<CsbClient>();
        await client.SendAsync(Examples.Track());
        await client.SendAsync(Examples.Group());

        await host.StopAsync();

        Assert.Equal(2, receiver.Messages.Count(m => m.Accepted));
    }

    [Fact]
    public async Task StopAsync_HungEndpoint_HonoursHostToken()
    {
        await using var receiver = await Receiver.StartAsync();
        receiver.Faults.Enqueue(LocalReceiver.Fault.Delay(TimeSpan.FromMinutes(1)));
        var settings = HostingTestHost.Settings(receiver.BaseAddress);
        settings["CustomerSuccessBox:ShutdownTimeout"] = "00:00:00.2";
        using var host = HostingTestHost.Build(settings);
        await host.StartAsync();
        var client = host.Services.GetRequiredService<CsbClient>();
        await client.SendAsync(Examples.Track());
        using var shutdown = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        var stop = host.StopAsync(shutdown.Token);

        await stop.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.True(stop.IsCompletedSuccessfully);
    }
}
