using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CsbGenerators.LocalReceiver;

/// <summary>
/// A local fake of the Segment-compatible batch endpoint (<c>POST /v1/batch</c>) and the
/// CustomerSuccessBox HTTP API (<c>POST /api/v1_1/user</c>, <c>/account</c>, <c>/feature</c>),
/// served by Kestrel on 127.0.0.1. It validates requests and messages as the real services do,
/// records them, and applies the faults of <see cref="Faults"/>.
/// </summary>
public sealed class LocalReceiver : IAsyncDisposable
{
    /// <summary>Time that in-flight requests get to finish when the receiver stops. They are aborted after it.</summary>
    private static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(2);

    private readonly WebApplication _app;
    private readonly ReceiverRecorder _recorder;
    private readonly ConnectionCounter _connections;
    private int _disposed;

    private LocalReceiver(WebApplication app, Uri baseAddress, LocalReceiverOptions options, FaultScript faults, ReceiverRecorder recorder, ConnectionCounter connections)
    {
        _app = app;
        BaseAddress = baseAddress;
        Options = options;
        Faults = faults;
        _recorder = recorder;
        _connections = connections;
    }

    /// <summary>Base address, <c>http://127.0.0.1:{port}/</c>, with the port actually bound.</summary>
    public Uri BaseAddress { get; }

    public LocalReceiverOptions Options { get; }

    /// <summary>Snapshot copy of every request so far, in arrival order. A request appears once its response is decided.</summary>
    public IReadOnlyList<ReceivedRequest> Requests => _recorder.GetRequests();

    /// <summary>
    /// Every message so far, accepted or rejected: one per Segment batch item of a request that got
    /// 200, and one per authorized CustomerSuccessBox request. A snapshot copy.
    /// </summary>
    public IReadOnlyList<ReceivedMessage> Messages => _recorder.GetMessages();

    /// <summary>Faults applied to the next requests.</summary>
    public FaultScript Faults { get; }

    /// <summary>Number of TCP connections accepted since start. <see cref="Clear"/> does not reset it.</summary>
    public int ConnectionCount => _connections.Count;

    /// <summary>Starts a receiver on 127.0.0.1 with no log provider, so it writes no log output.</summary>
    public static Task<LocalReceiver> StartAsync(LocalReceiverOptions? options = null, CancellationToken cancellationToken = default)
    {
        return StartAsync(options ?? new LocalReceiverOptions(), ConfigureQuietLogging, cancellationToken);
    }

    /// <summary>Starts a receiver whose logging <paramref name="configureLogging"/> sets up.</summary>
    internal static async Task<LocalReceiver> StartAsync(LocalReceiverOptions options, Action<ILoggingBuilder> configureLogging, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        Validate(options);

        var faults = new FaultScript();
        var recorder = new ReceiverRecorder();
        var connections = new ConnectionCounter();
        WebApplication app = ReceiverHost.Build(options, faults, recorder, connections, configureLogging);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        var boundAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single());
        var baseAddress = new Uri($"http://127.0.0.1:{boundAddress.Port}/");
        return new LocalReceiver(app, baseAddress, options, faults, recorder, connections);
    }

    /// <summary>
    /// Waits until at least <paramref name="acceptedCount"/> messages have been accepted since start
    /// or the last <see cref="Clear"/>.
    /// </summary>
    /// <exception cref="TimeoutException">The count was not reached in time. The message names the expected and actual counts.</exception>
    public Task WaitForMessagesAsync(int acceptedCount, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        return _recorder.WaitForAcceptedAsync(acceptedCount, timeout, cancellationToken);
    }

    /// <summary>
    /// Removes the recorded requests and messages and the set of seen message ids, so a resent
    /// message is no longer a duplicate. The fault script and <see cref="ConnectionCount"/> stay.
    /// </summary>
    public void Clear() => _recorder.Clear();

    /// <summary>Stops the server. Requests still running after a grace period of 2 s are aborted.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        using (var timeout = new CancellationTokenSource(ShutdownTimeout))
        {
            await _app.StopAsync(timeout.Token).ConfigureAwait(false);
        }

        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private static void ConfigureQuietLogging(ILoggingBuilder logging)
    {
        logging.SetMinimumLevel(LogLevel.Warning);
    }

    private static void Validate(LocalReceiverOptions options)
    {
        if (options.Port is < 0 or > 65535)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Port, "Port must be from 0 to 65535, where 0 picks a free port.");
        }

        if (string.IsNullOrEmpty(options.WriteKey))
        {
            throw new ArgumentException("WriteKey must not be empty.", nameof(options));
        }

        if (string.IsNullOrEmpty(options.ApiKey))
        {
            throw new ArgumentException("ApiKey must not be empty.", nameof(options));
        }

        if (options.UtcNow is null)
        {
            throw new ArgumentException("UtcNow must not be null.", nameof(options));
        }
    }
}
