using System;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using CsbGenerators.Benchmarks.Infrastructure;

namespace CsbGenerators.Benchmarks.Delivery;

/// <summary>
/// The local receiver in its own process on 127.0.0.1, with its per-request console log sent to /dev/null so
/// that writing it costs neither process a pipe.
/// </summary>
public sealed class ReceiverProcess : IDisposable
{
    /// <summary>The receiver's default write key for <c>/v1/batch</c>.</summary>
    public const string WriteKey = "local-write-key";

    private readonly Process _process;

    private ReceiverProcess(Process process, int port)
    {
        _process = process;
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
    }

    public Uri BaseAddress { get; }

    /// <summary>CPU time the receiver process has used so far.</summary>
    public TimeSpan TotalProcessorTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    /// <summary>Starts the Release build of the receiver and waits until it accepts connections.</summary>
    public static ReceiverProcess Start()
    {
        var dll = RepositoryPaths.LocalReceiverDll;
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"The local receiver is not built at {dll}. Run: dotnet build -c Release samples/CsbGenerators.LocalReceiver", dll);
        }

        var port = FreePort();

        // exec keeps the process id, so the Process object measures the receiver and not the shell.
        var start = new ProcessStartInfo("/bin/sh")
        {
            ArgumentList = { "-c", $"exec dotnet \"{dll}\" --port {port} > /dev/null 2>&1" },
            UseShellExecute = false,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("The local receiver process did not start.");
        var receiver = new ReceiverProcess(process, port);
        receiver.WaitUntilListening(TimeSpan.FromSeconds(30));
        return receiver;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit(10_000);
        }

        _process.Dispose();
    }

    private void WaitUntilListening(TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The local receiver exited with code {_process.ExitCode} before it listened on {BaseAddress}.");
            }

            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, BaseAddress.Port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(100);
            }
        }

        Dispose();
        throw new TimeoutException($"The local receiver did not listen on {BaseAddress} within {timeout.TotalSeconds} s.");
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
