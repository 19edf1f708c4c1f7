using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using CsbGenerators.Delivery;
using CsbGenerators.Delivery.Transports;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CsbGenerators
{
    /// <summary>
    /// Sends events to CustomerSuccessBox or a Segment-compatible endpoint. <see cref="SendAsync{TEvent}"/>
    /// validates and serializes the event at once, then a background loop delivers it in batches.
    /// </summary>
    /// <remarks>
    /// Create one client per endpoint and keep it for the life of the application; it is thread-safe.
    /// Dispose it on shutdown so that it drains its queue.
    /// </remarks>
    public sealed class CsbClient : IAsyncDisposable, IDisposable
    {
        private readonly MessageSerializer _serializer;
        private readonly DeliveryPipeline _pipeline;
        private readonly TimeProvider _timeProvider;
        private readonly TimeSpan _shutdownTimeout;
        private readonly string _description;
        private int _disposed;
        private Task<CsbFlushResult>? _disposal;

        /// <summary>Creates a client and starts its background delivery loop.</summary>
        /// <param name="options">The route, endpoint, key and queue settings; checked here.</param>
        /// <param name="httpClient">The HTTP client to send with; when <see langword="null"/>, the client creates and owns one.</param>
        /// <param name="loggerFactory">Where delivery logs go; none when <see langword="null"/>.</param>
        /// <param name="timeProvider">The clock for timestamps and flush intervals; the system clock when <see langword="null"/>.</param>
        /// <exception cref="ArgumentException">A setting is missing or invalid; the message names it.</exception>
        public CsbClient(CsbClientOptions options, HttpClient? httpClient = null, ILoggerFactory? loggerFactory = null, TimeProvider? timeProvider = null)
        {
            if (options is null)
            {
                throw new ArgumentNullException(nameof(options));
            }

            options.Validate();
            Route = options.Route;
            _timeProvider = timeProvider ?? TimeProvider.System;
            _shutdownTimeout = options.ShutdownTimeout;
            _serializer = new MessageSerializer(options.Route);

            var logger = (ILogger?)loggerFactory?.CreateLogger<CsbClient>() ?? NullLogger.Instance;
            var endpoint = options.Endpoint!;
            _description = $"CsbClient {{ Route = {Route}, Endpoint = {endpoint.GetLeftPart(UriPartial.Path)} }}";

            var ownsHttpClient = httpClient is null;
            var settings = new TransportSettings(httpClient ?? CreateHttpClient(), ownsHttpClient, endpoint, options.RequestTimeout);
            IDeliveryTransport transport = options.Route == CsbRoute.CustomerSuccessBox
                ? new CustomerSuccessBoxTransport(settings, options.ApiKey!, logger)
                : new SegmentBatchTransport(settings, options.WriteKey!, options.MaxBatchMessages, _timeProvider);

            _pipeline = new DeliveryPipeline(new DeliveryQueue(options.MaxQueueLength), transport, logger, _timeProvider, options.FlushAt, options.FlushInterval);
            _pipeline.Start();
            DeliveryLog.Started(logger, Route, endpoint.GetLeftPart(UriPartial.Path));
        }

        /// <summary>The route this client sends over.</summary>
        public CsbRoute Route { get; }

        /// <summary>
        /// Validates and serializes <paramref name="csbEvent"/>, assigns its message id and timestamp, and
        /// enqueues it. The caller may change or drop the event object as soon as this returns.
        /// </summary>
        /// <typeparam name="TEvent">A type marked with a CsbGenerators event attribute; the generator implements <see cref="ICsbEvent"/> on it.</typeparam>
        /// <param name="csbEvent">The event.</param>
        /// <param name="cancellationToken">Cancels before the event is enqueued.</param>
        /// <returns>A task that completes when the event is enqueued, not when it is delivered; see <see cref="FlushAsync"/>.</returns>
        /// <exception cref="CsbValidationException">The event cannot be delivered as it is; the message names the member and the fix.</exception>
        /// <exception cref="ObjectDisposedException">The client was disposed.</exception>
        public ValueTask SendAsync<TEvent>(TEvent csbEvent, CancellationToken cancellationToken = default)
            where TEvent : ICsbEvent
        {
            ThrowIfDisposed();
            if (csbEvent is null)
            {
                throw new ArgumentNullException(nameof(csbEvent));
            }

            cancellationToken.ThrowIfCancellationRequested();
            var header = new CsbMessageHeader(Guid.NewGuid(), _timeProvider.GetUtcNow());
            var buffer = _serializer.Serialize(csbEvent, header, out var length);
            var info = csbEvent.EventInfo;
            _pipeline.Enqueue(header.MessageId, info.Kind, info.TypeName, buffer, length);
            return default;
        }

        /// <summary>
        /// Sends everything enqueued before the call and waits until each message is delivered or has failed.
        /// </summary>
        /// <param name="cancellationToken">Stops the wait; the result then reports the messages still pending.</param>
        /// <returns>The counts of delivered, failed, pending and dropped messages.</returns>
        public Task<CsbFlushResult> FlushAsync(CancellationToken cancellationToken = default)
        {
            ThrowIfDisposed();
            return _pipeline.FlushAsync(cancellationToken);
        }

        /// <summary>
        /// Stops accepting events, drains the queue within <see cref="CsbClientOptions.ShutdownTimeout"/>, and
        /// logs what could not be delivered.
        /// </summary>
        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                _disposal = _pipeline.StopAsync(_shutdownTimeout);
            }

            return new ValueTask(_disposal ?? Task.CompletedTask);
        }

        /// <summary>
        /// Disposes synchronously. The drain runs on the thread pool, so a single-threaded
        /// <see cref="SynchronizationContext"/> cannot deadlock it.
        /// </summary>
        public void Dispose()
        {
            Task.Run(() => DisposeAsync().AsTask()).GetAwaiter().GetResult();
        }

        /// <summary>Returns the route and endpoint; never the key.</summary>
        public override string ToString() => _description;

        private void ThrowIfDisposed()
        {
            if (Volatile.Read(ref _disposed) != 0)
            {
                throw new ObjectDisposedException(nameof(CsbClient), "The CsbClient was disposed; events sent after disposal would be lost. Send before disposing, or create a new client.");
            }
        }

        private static HttpClient CreateHttpClient()
        {
#if NET8_0_OR_GREATER
            var handler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) };
            return new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
#else
            return new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
#endif
        }
    }
}
