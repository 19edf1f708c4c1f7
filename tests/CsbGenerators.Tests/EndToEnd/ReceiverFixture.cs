using System;
using System.Threading.Tasks;
using Receiver = CsbGenerators.LocalReceiver.LocalReceiver;
using Xunit;

namespace CsbGenerators.Tests.EndToEnd;

/// <summary>Starts one local receiver on 127.0.0.1 per test class and builds clients that send to it.</summary>
public sealed class ReceiverFixture : IAsyncLifetime
{
    public Receiver Receiver { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Receiver = await Receiver.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await Receiver.DisposeAsync();
    }

    public CsbClient CreateClient(CsbRoute route, Action<CsbClientOptions>? configure = null)
    {
        var options = new CsbClientOptions
        {
            Route = route,
            Endpoint = Receiver.BaseAddress,
            WriteKey = Receiver.Options.WriteKey,
            ApiKey = Receiver.Options.ApiKey,
        };
        configure?.Invoke(options);
        return new CsbClient(options);
    }
}
