using System;
using System.Threading.Tasks;
using CsbGenerators.Tests.Delivery.Support;
using CsbGenerators.Tests.Events;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using Xunit.Abstractions;
using Receiver = CsbGenerators.LocalReceiver.LocalReceiver;

namespace CsbGenerators.Tests.Hosting;

/// <summary>
/// A client registered as scoped or transient by mistake still loses nothing, because each scope disposes and so
/// drains its client, and AddCustomerSuccessBox refuses such a registration at start-up.
/// </summary>
public class RegistrationLifetimeTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(ServiceLifetime.Scoped)]
    [InlineData(ServiceLifetime.Transient)]
    public async Task NonSingletonRegistration_LosesNothing(ServiceLifetime lifetime)
    {
        const int Scopes = 50;
        await using var receiver = await Receiver.StartAsync();
        IServiceCollection services = new ServiceCollection();
        services.Add(new ServiceDescriptor(typeof(CsbClient), _ => new CsbClient(TestClients.Options(receiver.BaseAddress)), lifetime));
        await using var provider = services.BuildServiceProvider();

        for (var i = 1; i <= Scopes; i++)
        {
            await using var scope = provider.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<CsbClient>().SendAsync(NumberedEvent.For(i));
        }

        var figures = ScenarioFigures.From(Scopes, receiver.Messages);
        output.WriteLine($"Scenario 1 ({lifetime}) {figures}");
        Assert.Equal(0, figures.Lost);
        Assert.Equal(0, figures.Duplicated);
    }

    [Theory]
    [InlineData(ServiceLifetime.Scoped)]
    [InlineData(ServiceLifetime.Transient)]
    public async Task NonSingletonOverride_IsRejectedAtStartup(ServiceLifetime lifetime)
    {
        var endpoint = new Uri("http://127.0.0.1:5999/");
        using var host = HostingTestHost.Build(HostingTestHost.Settings(endpoint), services =>
            services.Add(new ServiceDescriptor(typeof(CsbClient), _ => new CsbClient(TestClients.Options(endpoint)), lifetime)));

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => host.StartAsync());

        Assert.Contains("CsbClient is registered as scoped or transient", exception.Message);
    }
}
