using System;

namespace CsbGenerators
{
    /// <summary>Settings of a <see cref="CsbClient"/>: the route, the endpoint, the key, the queue, retries and durable storage.</summary>
    /// <remarks>
    /// <see cref="ToString"/> never shows a key. The client reads the options once, when it is created.
    /// docs/delivery.md gives the reason for each default.
    /// </remarks>
    public sealed partial class CsbClientOptions
    {
        /// <summary>The Segment-compatible route rejects a message over this many UTF-8 bytes.</summary>
        /// <remarks>Segment documents 32 KB per message; 32,000 bytes fits that whichever KB the receiver means.</remarks>
        public const int MaxSegmentMessageBytes = 32_000;

        /// <summary>The Segment-compatible route keeps each request body under this many UTF-8 bytes.</summary>
        /// <remarks>Segment documents 500 KB per batch request; 500,000 bytes fits that whichever KB the receiver means.</remarks>
        public const int MaxSegmentBatchBytes = 500_000;

        /// <summary>Segment's documented maximum number of messages in one batch request.</summary>
        public const int MaxSegmentBatchMessages = 2_500;

        /// <summary>Where events go. The default is <see cref="CsbRoute.SegmentCompatible"/>.</summary>
        public CsbRoute Route { get; set; } = CsbRoute.SegmentCompatible;

        /// <summary>
        /// The endpoint's base URL, such as <c>https://api.segment.io/</c> or <c>https://{tenant}.customersuccessbox.com/</c>.
        /// It must be HTTPS unless the host is loopback.
        /// </summary>
        public Uri? Endpoint { get; set; }

        /// <summary>The write key of the Segment-compatible route, sent as the HTTP Basic user name.</summary>
        public string? WriteKey { get; set; }

        /// <summary>The API key of the CustomerSuccessBox route, sent as a Bearer token.</summary>
        public string? ApiKey { get; set; }

        /// <summary>
        /// The maximum number of messages in memory, queued or in flight; a send beyond it is dropped, counted and logged.
        /// Default 10,000.
        /// </summary>
        public int MaxQueueLength { get; set; } = 10_000;

        /// <summary>
        /// The maximum bytes that the messages in memory may take: each message's pooled buffer plus a fixed
        /// overhead. A send beyond it is dropped, counted and logged. Default 16 MiB.
        /// </summary>
        public long MaxQueueBytes { get; set; } = 16L * 1024 * 1024;

        /// <summary>A flush starts once this many messages wait. Default 100.</summary>
        public int FlushAt { get; set; } = 100;

        /// <summary>A flush starts this long after the previous one, whatever the count. Default 5 seconds.</summary>
        public TimeSpan FlushInterval { get; set; } = TimeSpan.FromSeconds(5);

        /// <summary>
        /// The maximum number of messages in one batch, at most 2,500. The Segment-compatible route sends a batch in one
        /// request; the CustomerSuccessBox route sends its messages one request each. Default 100.
        /// </summary>
        public int MaxBatchMessages { get; set; } = 100;

        /// <summary>How long one HTTP request may take. Default 10 seconds.</summary>
        public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

        /// <summary>How long disposal waits for the queue to drain before it reports what is left. Default 5 seconds.</summary>
        public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(5);

        /// <summary>The most requests one batch may make, the first included. Default 100.</summary>
        public int MaxRetryAttempts { get; set; } = 100;

        /// <summary>The backoff before the first retry is drawn from zero up to this; it doubles per attempt. Default 1 second.</summary>
        public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

        /// <summary>The cap of the backoff, and the most a <c>Retry-After</c> header can make the client wait. Default 30 seconds.</summary>
        public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(30);

        /// <summary>How long one batch is retried before it fails, or in durable mode waits on disk for a later pass. Default 15 minutes.</summary>
        public TimeSpan MaxRetryElapsed { get; set; } = TimeSpan.FromMinutes(15);

        /// <summary>
        /// While a <c>401</c>, <c>403</c> or <c>404</c> keeps delivery paused, one request checks this often
        /// whether the endpoint accepts it again. Default 5 minutes.
        /// </summary>
        public TimeSpan PauseProbeInterval { get; set; } = TimeSpan.FromMinutes(5);

        /// <summary>The most requests in flight at once on the CustomerSuccessBox route. Default 4.</summary>
        /// <remarks>The Segment-compatible route sends one batch at a time, in order.</remarks>
        public int MaxConcurrentRequests { get; set; } = 4;

        /// <summary>
        /// The directory of durable mode: batches are written there before they are sent and survive a crash or
        /// a restart. <see langword="null"/>, the default, keeps messages in memory only. Use one directory per client.
        /// </summary>
        public string? DurableDirectory { get; set; }

        /// <summary>The most bytes the durable directory may hold; the oldest batches are dropped, counted and logged beyond it. Default 100 MiB.</summary>
        public long MaxStoreBytes { get; set; } = 100L * 1024 * 1024;

        /// <summary>Batches older than this are dropped from the durable directory, counted and logged. Default 2 days.</summary>
        public TimeSpan MaxStoreAge { get; set; } = TimeSpan.FromDays(2);

        /// <summary>
        /// Called once for each batch that the endpoint rejected with <c>400</c>, <c>413</c> or another
        /// status that a retry cannot fix. The batch is also logged and counted; in durable mode its file
        /// moves to the <c>quarantine</c> folder. An exception thrown here is logged and ignored.
        /// </summary>
        public Action<CsbQuarantinedBatch>? OnQuarantine { get; set; }

        /// <summary>The key of the chosen route.</summary>
        internal string? RouteKey => Route == CsbRoute.CustomerSuccessBox ? ApiKey : WriteKey;

        /// <summary>Returns the settings without the keys.</summary>
        public override string ToString()
        {
            var key = string.IsNullOrEmpty(RouteKey) ? "missing" : "set";
            var durable = DurableDirectory is null ? "off" : "on";
            return $"CsbClientOptions {{ Route = {Route}, Endpoint = {(Endpoint is null ? "missing" : EndpointText.Redact(Endpoint))}, Key = {key}, Durable = {durable} }}";
        }

        /// <summary>Copies every setting, so that a client is not affected by later changes to the options object.</summary>
        internal CsbClientOptions Clone() => (CsbClientOptions)MemberwiseClone();
    }
}
