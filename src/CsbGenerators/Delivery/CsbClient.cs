using System;
using System.Diagnostics.Metrics;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using CsbGenerators.Delivery;
using CsbGenerators.Delivery.Durable;
using CsbGenerators.Delivery.Queue;
using CsbGenerators.Delivery.Retry;
using CsbGenerators.Delivery.Transports;
using CsbGenerators.Telemetry;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CsbGenerators
{
    /// <summary>
    /// Sends events to CustomerSuccessBox or a Segment-compatible endpoint. <see cref="SendAsync{TEvent}"/>
    /// validates and serializes the event at once, then a background loop delivers it in batches, retrying
    /// transient failures, and in durable mode keeping the batches on disk until they are delivered.
    /// </summary>
    /// <remarks>
    /// Create one client per endpoint and keep it for the life of the application; it is thread-safe.
    /// Dispose it on shutdown so that it drains its queue. With dependency injection use
    /// <c>services.AddCustomerSuccessBox(...)</c>, which registers it as a singleton.
    /// </remarks>
    public sealed class CsbClient : IAsyncDisposable, IDisposable
    {
        private readonly MessageSerializer _serializer;
        private readonly DeliveryPipeline _pipeline;
        private readonly CsbMetrics _metrics;
        private readonly TimeProvider _timeProvider;
        private readonly TimeSpan _shutdownTimeout;
        private readonly string _description;
        private int _disposed;
        private Task<CsbFlushResult>? _disposal;

        /// <summary>Creates a client and starts its background delivery loop.</summary>
        /// <param name="options">The route, endpoint, key, queue, retry and durable settings; checked and copied here.</param>
        /// <param name="httpClient">The HTTP client to send with; when <see langword="null"/>, the client creates and owns one.</param>
        /// <param name="loggerFactory">Where delivery logs go; none when <see langword="null"/>.</param>
        /// <param name="timeProvider">The clock for timestamps, flush intervals, backoff and timeouts; the system clock when <see langword="null"/>.</param>
        /// <exception cref="ArgumentException">A setting is missing or invalid; the message names it.</exception>
        /// <exception cref="InvalidOperationException">Another client holds <see cref="CsbClientOptions.DurableDirectory"/>.</exception>
        public CsbClient(CsbClientOptions options, HttpClient? httpClient = null, ILoggerFactory? loggerFactory = null, TimeProvider? timeProvider = null)
            : this(options, httpClient is null ? null : () => httpClient, loggerFactory, timeProvider, meterFactory: null)
        {
        }

        /// <summary>Creates a client whose requests take their <see cref="HttpClient"/> from <paramref name="httpClientSource"/>.</summary>
        internal CsbClient(CsbClientOptions options, Func<HttpClient>? httpClientSource, ILoggerFactory? loggerFactory, TimeProvider? timeProvider, IMeterFactory? meterFactory)
        {
            if (options is null)
            {
                throw new ArgumentNullException(nameof(options));
            }

            options.Validate();
            options = options.Clone();
            Route = options.Route;
            _timeProvider = timeProvider ?? TimeProvider.System;
            _shutdownTimeout = options.ShutdownTimeout;
            _serializer = new MessageSerializer(options.Route);
            var endpoint = options.Endpoint!;
            _description = $"CsbClient {{ Route = {Route}, Endpoint = {EndpointText.Redact(endpoint)} }}";

            var logger = (ILogger?)loggerFactory?.CreateLogger<CsbClient>() ?? NullLogger.Instance;
            var pool = new MessagePool(options.MaxQueueLength, options.MaxQueueBytes);
            var queue = new DeliveryQueue(pool, options.MaxQueueLength, options.MaxQueueBytes);
            _metrics = new CsbMetrics(meterFactory, Route, () => queue.HeldCount, () => queue.HeldBytes);
            var transport = CreateTransport(options, httpClientSource, logger);
            var policy = new RetryPolicy(options.RetryBaseDelay, options.RetryMaxDelay, options.MaxRetryAttempts, options.MaxRetryElapsed);
            var retrying = new RetryingSender(transport, policy, new RateLimitGate(_timeProvider), _timeProvider, logger, _metrics);
            var sender = new BatchSender(transport, retrying, options.MaxConcurrentRequests);
            var store = options.DurableDirectory is null
                ? null
                : new DurableStore(StoreFileNames.FolderFor(options.DurableDirectory, Route, endpoint), pool, options.MaxStoreBytes, options.MaxStoreAge, _timeProvider, logger, _metrics);
            var reporter = new OutcomeReporter(logger, _metrics, options.OnQuarantine);
            var parts = new PipelineParts(queue, transport, sender, store, new FlushTracker(), reporter, _timeProvider);
            _pipeline = new DeliveryPipeline(parts, new PipelineSettings(options));
            _pipeline.Start();
            DeliveryLog.Started(logger, Route, EndpointText.Redact(endpoint), store is not null);
        }

        /// <summary>The route this client sends over.</summary>
        public CsbRoute Route { get; }

        /// <summary>The delivery loops, for tests that step a fake clock or read the queue's accounting.</summary>
        internal DeliveryPipeline Pipeline => _pipeline;

        internal Meter Meter => _metrics.Meter;

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
            var json = _serializer.Serialize(csbEvent, header);
            var info = csbEvent.EventInfo;
            _pipeline.Enqueue(header.MessageId, info.Kind, info.TypeName, json);
            return default;
        }

        /// <summary>
        /// Waits until everything enqueued before the call is delivered, stored in the durable directory, or has
        /// definitely failed. In durable mode a message counts once its batch file is on disk.
        /// </summary>
        /// <param name="cancellationToken">Stops the wait; the result then reports the messages still pending.</param>
        /// <returns>
        /// The counts of delivered, stored, failed, pending and dropped messages. While a <c>401</c>, <c>403</c> or
        /// <c>404</c> pauses delivery it returns at once, with the kept messages pending and
        /// <see cref="CsbFlushResult.DeliveryPaused"/> set.
        /// </returns>
        /// <exception cref="ObjectDisposedException">The client was disposed.</exception>
        public Task<CsbFlushResult> FlushAsync(CancellationToken cancellationToken = default)
        {
            ThrowIfDisposed();
            return _pipeline.FlushAsync(cancellationToken);
        }

        /// <summary>
        /// Stops accepting events and drains the queue within <see cref="CsbClientOptions.ShutdownTimeout"/>. In
        /// memory mode what is left is dropped and logged with its count; in durable mode it stays on disk.
        /// </summary>
        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                _disposal = DisposeCoreAsync();
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

        private async Task<CsbFlushResult> DisposeCoreAsync()
        {
            try
            {
                return await _pipeline.StopAsync(_shutdownTimeout).ConfigureAwait(false);
            }
            finally
            {
                _metrics.Dispose();
            }
        }

        private void ThrowIfDisposed()
        {
            if (Volatile.Read(ref _disposed) != 0)
            {
                throw new ObjectDisposedException(nameof(CsbClient), "The CsbClient was disposed; events sent after disposal would be lost. Send before disposing, or create a new client.");
            }
        }

        private IDeliveryTransport CreateTransport(CsbClientOptions options, Func<HttpClient>? httpClientSource, ILogger logger)
        {
            HttpClient? owned = httpClientSource is null ? CreateHttpClient() : null;
            var settings = new TransportSettings(httpClientSource ?? (() => owned!), owned, options.Endpoint!, options.RequestTimeout, _timeProvider);
            return options.Route == CsbRoute.CustomerSuccessBox
                ? new CustomerSuccessBoxTransport(settings, options.ApiKey!, logger)
                : new SegmentBatchTransport(settings, options.WriteKey!, options.MaxBatchMessages);
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
