using System;
using System.Net.Http;

namespace CsbGenerators.Delivery.Transports
{
    /// <summary>The HTTP settings that every transport takes.</summary>
    internal sealed class TransportSettings
    {
        public TransportSettings(Func<HttpClient> httpClient, IDisposable? ownedClient, Uri endpoint, TimeSpan requestTimeout, TimeProvider timeProvider)
        {
            HttpClient = httpClient;
            OwnedClient = ownedClient;
            Endpoint = endpoint;
            RequestTimeout = requestTimeout;
            TimeProvider = timeProvider;
        }

        /// <summary>
        /// Returns the client for the next request. With <c>IHttpClientFactory</c> each request gets a client from
        /// the factory, which pools and rotates the handlers; otherwise it is always the same client.
        /// </summary>
        public Func<HttpClient> HttpClient { get; }

        /// <summary>The client that the transport created and so disposes, or <see langword="null"/>.</summary>
        public IDisposable? OwnedClient { get; }

        public Uri Endpoint { get; }

        public TimeSpan RequestTimeout { get; }

        /// <summary>The clock of the request timeout and of <c>Retry-After</c> dates.</summary>
        public TimeProvider TimeProvider { get; }
    }
}
