using System;
using System.IO;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Receiver = CsbGenerators.LocalReceiver.LocalReceiver;

namespace CsbGenerators.Tests.Delivery.Support;

/// <summary>Builds clients that send to a local receiver, and the scratch parts delivery tests need.</summary>
internal static class TestClients
{
    public static CsbClientOptions Options(Uri endpoint, CsbRoute route = CsbRoute.SegmentCompatible) => new()
    {
        Route = route,
        Endpoint = endpoint,
        WriteKey = "local-write-key",
        ApiKey = "local-api-key",
    };

    public static CsbClient Create(Receiver receiver, Action<CsbClientOptions>? configure = null, TimeProvider? time = null, ILoggerFactory? logs = null)
    {
        return Create(receiver.BaseAddress, configure, time, logs);
    }

    public static CsbClient Create(Uri endpoint, Action<CsbClientOptions>? configure = null, TimeProvider? time = null, ILoggerFactory? logs = null)
    {
        var options = Options(endpoint);
        configure?.Invoke(options);
        return new CsbClient(options, httpClient: null, logs, time);
    }

    /// <summary>Returns a loopback port that nothing listens on right now.</summary>
    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}

/// <summary>A directory under the temporary folder that is deleted with its contents on dispose.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "csb-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a killed child process; the temporary folder is cleaned by the system.
        }
    }
}
