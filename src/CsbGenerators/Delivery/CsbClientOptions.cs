using System;

namespace CsbGenerators
{
    /// <summary>Settings of a <see cref="CsbClient"/>: the route, the endpoint, the key and the queue.</summary>
    /// <remarks>
    /// <see cref="ToString"/> never shows a key. The client reads the options once, when it is created.
    /// </remarks>
    public sealed class CsbClientOptions
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

        /// <summary>The most messages the queue holds; a send beyond it is dropped, counted and logged. Default 10,000.</summary>
        public int MaxQueueLength { get; set; } = 10_000;

        /// <summary>A flush starts once this many messages wait. Default 100.</summary>
        public int FlushAt { get; set; } = 100;

        /// <summary>A flush starts this long after the previous one, whatever the count. Default 5 seconds.</summary>
        public TimeSpan FlushInterval { get; set; } = TimeSpan.FromSeconds(5);

        /// <summary>The most messages in one Segment-compatible batch request, at most 2,500. Default 100.</summary>
        public int MaxBatchMessages { get; set; } = 100;

        /// <summary>How long one HTTP request may take. Default 10 seconds.</summary>
        public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

        /// <summary>How long disposal waits for the queue to drain before it reports what is left. Default 5 seconds.</summary>
        public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(5);

        /// <summary>The key of the chosen route.</summary>
        internal string? RouteKey => Route == CsbRoute.CustomerSuccessBox ? ApiKey : WriteKey;

        /// <summary>Returns the settings without the keys.</summary>
        public override string ToString()
        {
            var key = string.IsNullOrEmpty(RouteKey) ? "missing" : "set";
            return $"CsbClientOptions {{ Route = {Route}, Endpoint = {Endpoint?.ToString() ?? "missing"}, Key = {key} }}";
        }

        /// <summary>Checks every setting and throws an exception that names the first invalid one and its fix.</summary>
        internal void Validate()
        {
            if (Route != CsbRoute.SegmentCompatible && Route != CsbRoute.CustomerSuccessBox)
            {
                throw new ArgumentException($"CsbClientOptions.Route is {(int)Route}, which is not a CsbRoute value. Use SegmentCompatible or CustomerSuccessBox.", nameof(Route));
            }

            ValidateEndpoint();
            ValidateKey();
            RequirePositive(MaxQueueLength, nameof(MaxQueueLength));
            RequirePositive(FlushAt, nameof(FlushAt));
            RequirePositive(MaxBatchMessages, nameof(MaxBatchMessages));
            if (MaxBatchMessages > MaxSegmentBatchMessages)
            {
                throw new ArgumentException($"CsbClientOptions.MaxBatchMessages is {MaxBatchMessages}; Segment accepts at most {MaxSegmentBatchMessages} messages per batch. Set it to {MaxSegmentBatchMessages} or less.", nameof(MaxBatchMessages));
            }

            RequirePositive(FlushInterval, nameof(FlushInterval));
            RequirePositive(RequestTimeout, nameof(RequestTimeout));
            if (ShutdownTimeout < TimeSpan.Zero)
            {
                throw new ArgumentException($"CsbClientOptions.ShutdownTimeout is {ShutdownTimeout}; set it to zero or more.", nameof(ShutdownTimeout));
            }
        }

        private void ValidateEndpoint()
        {
            if (Endpoint is null)
            {
                throw new ArgumentException("CsbClientOptions.Endpoint is missing. Set it to the endpoint's base URL, such as https://api.segment.io/ or https://{tenant}.customersuccessbox.com/.", nameof(Endpoint));
            }

            if (!Endpoint.IsAbsoluteUri)
            {
                throw new ArgumentException($"CsbClientOptions.Endpoint '{Endpoint}' is not an absolute URL. Set it to a URL with a scheme and a host.", nameof(Endpoint));
            }

            var https = string.Equals(Endpoint.Scheme, "https", StringComparison.OrdinalIgnoreCase);
            var http = string.Equals(Endpoint.Scheme, "http", StringComparison.OrdinalIgnoreCase);
            if (https || (http && Endpoint.IsLoopback))
            {
                return;
            }

            throw new ArgumentException($"CsbClientOptions.Endpoint '{Endpoint.GetLeftPart(UriPartial.Authority)}' is not HTTPS. The key travels in every request, so only loopback endpoints may use plain HTTP; use https://.", nameof(Endpoint));
        }

        private void ValidateKey()
        {
            if (!string.IsNullOrWhiteSpace(RouteKey))
            {
                return;
            }

            var setting = Route == CsbRoute.CustomerSuccessBox ? nameof(ApiKey) : nameof(WriteKey);
            throw new ArgumentException($"CsbClientOptions.{setting} is missing. The {Route} route authenticates every request with it; set it from your secret store.", setting);
        }

        private static void RequirePositive(int value, string name)
        {
            if (value <= 0)
            {
                throw new ArgumentException($"CsbClientOptions.{name} is {value}; set it to 1 or more.", name);
            }
        }

        private static void RequirePositive(TimeSpan value, string name)
        {
            if (value <= TimeSpan.Zero)
            {
                throw new ArgumentException($"CsbClientOptions.{name} is {value}; set it to a positive duration.", name);
            }
        }
    }
}
