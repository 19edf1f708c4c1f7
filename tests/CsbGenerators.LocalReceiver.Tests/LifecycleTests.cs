using System;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using Xunit;

namespace CsbGenerators.LocalReceiver.Tests;

public sealed class LifecycleTests
{
    [Fact]
    public async Task StartAsync_PortZero_BindsFreeLoopbackPort()
    {
        await using LocalReceiver receiver = await LocalReceiver.StartAsync();

        Assert.Equal("127.0.0.1", receiver.BaseAddress.Host);
        Assert.NotEqual(0, receiver.BaseAddress.Port);
        Assert.Equal($"http://127.0.0.1:{receiver.BaseAddress.Port}/", receiver.BaseAddress.ToString());
    }

    [Fact]
    public async Task StartAsync_WithoutOptions_UsesDefaultKeys()
    {
        await using LocalReceiver receiver = await LocalReceiver.StartAsync();

        Assert.Equal("local-write-key", receiver.Options.WriteKey);
        Assert.Equal("local-api-key", receiver.Options.ApiKey);
    }

    [Fact]
    public async Task StartAsync_FixedPort_UsesIt()
    {
        int port = GetFreePort();

        await using LocalReceiver receiver = await LocalReceiver.StartAsync(new LocalReceiverOptions { Port = port });

        Assert.Equal(port, receiver.BaseAddress.Port);
    }

    [Fact]
    public async Task StartAsync_PortInUse_Throws()
    {
        await using LocalReceiver first = await LocalReceiver.StartAsync();

        await Assert.ThrowsAnyAsync<IOException>(() => LocalReceiver.StartAsync(new LocalReceiverOptions { Port = first.BaseAddress.Port }));
    }

    [Fact]
    public async Task StartAsync_PortOutOfRange_Throws()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => LocalReceiver.StartAsync(new LocalReceiverOptions { Port = 70000 }));
    }

    [Fact]
    public async Task StartAsync_EmptyWriteKey_Throws()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => LocalReceiver.StartAsync(new LocalReceiverOptions { WriteKey = "" }));
    }

    [Fact]
    public async Task StartAsync_ListensOnLoopbackOnly()
    {
        await using LocalReceiver receiver = await LocalReceiver.StartAsync();
        using var ipv6 = new TcpClient(AddressFamily.InterNetworkV6);

        // The IPv6 loopback on the same port is not bound, so the connection is refused there.
        await Assert.ThrowsAsync<SocketException>(() => ipv6.ConnectAsync(IPAddress.IPv6Loopback, receiver.BaseAddress.Port));
    }

    [Fact]
    public async Task DisposeAsync_StopsListening()
    {
        LocalReceiver receiver = await LocalReceiver.StartAsync();
        int port = receiver.BaseAddress.Port;

        await receiver.DisposeAsync();

        using var client = new TcpClient(AddressFamily.InterNetwork);
        await Assert.ThrowsAsync<SocketException>(() => client.ConnectAsync(IPAddress.Loopback, port));
    }

    [Fact]
    public async Task DisposeAsync_Twice_DoesNotThrow()
    {
        LocalReceiver receiver = await LocalReceiver.StartAsync();
        await receiver.DisposeAsync();

        Exception? exception = await Record.ExceptionAsync(async () => await receiver.DisposeAsync());

        Assert.Null(exception);
    }

    private static int GetFreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
