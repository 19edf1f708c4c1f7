using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace CsbGenerators.Delivery.Transports
{
    /// <summary>Sends one request that carries one or more serialized messages.</summary>
    internal interface IDeliveryTransport : IDisposable
    {
        /// <summary>The most messages one request carries.</summary>
        int MaxMessagesPerRequest { get; }

        /// <summary>The most body bytes one request carries.</summary>
        int MaxRequestBytes { get; }

        /// <summary>Sends <paramref name="batch"/> in one request. Network errors are returned, not thrown.</summary>
        Task<SendResult> SendAsync(IReadOnlyList<OutgoingMessage> batch, CancellationToken cancellationToken);
    }

    /// <summary>What one request achieved: delivered on a 2xx status, otherwise failed with a reason.</summary>
    internal readonly struct SendResult
    {
        public SendResult(bool delivered, int statusCode, string reason)
        {
            Delivered = delivered;
            StatusCode = statusCode;
            Reason = reason;
        }

        public bool Delivered { get; }

        /// <summary>The HTTP status, or 0 when no response arrived.</summary>
        public int StatusCode { get; }

        public string Reason { get; }
    }
}
