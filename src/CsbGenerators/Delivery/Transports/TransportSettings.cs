using System;
using System.Net.Http;

namespace CsbGenerators.Delivery.Transports
{
    /// <summary>The HTTP settings that every transport takes.</summary>
    internal sealed class TransportSettings
    {
        public TransportSettings(HttpClient httpClient, bool ownsHttpClient, Uri endpoint, TimeSpan requestTimeout)
        {
            HttpClient = httpClient;
            OwnsHttpClient = ownsHttpClient;
            Endpoint = endpoint;
            RequestTimeout = requestTimeout;
        }

        public HttpClient HttpClient { get; }

        /// <summary>Whether the transport created the client and so disposes it.</summary>
        public bool OwnsHttpClient { get; }

        public Uri Endpoint { get; }

        public TimeSpan RequestTimeout { get; }
    }
}
