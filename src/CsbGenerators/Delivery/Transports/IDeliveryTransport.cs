using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using CsbGenerators.Delivery.Retry;

namespace CsbGenerators.Delivery.Transports
{
    /// <summary>Sends one request that carries one or more serialized messages.</summary>
    internal interface IDeliveryTransport : IDisposable
    {
        /// <summary>The most messages one request carries.</summary>
        int MaxMessagesPerRequest { get; }

        /// <summary>The most body bytes one request carries.</summary>
        int MaxRequestBytes { get; }

        /// <summary>Requests started and not yet finished.</summary>
        int InFlightRequests { get; }

        /// <summary>Sends <paramref name="batch"/> in one request. Network errors and timeouts are returned, not thrown.</summary>
        Task<SendResult> SendAsync(IReadOnlyList<OutgoingMessage> batch, CancellationToken cancellationToken);
    }

    /// <summary>What one request, or a batch's last request, achieved.</summary>
    internal readonly struct SendResult
    {
        public SendResult(SendStatus status, int statusCode, string reason, TimeSpan? retryAfter = null)
        {
            Status = status;
            StatusCode = statusCode;
            Reason = reason;
            RetryAfter = retryAfter;
        }

        public SendStatus Status { get; }

        /// <summary>The HTTP status, or 0 when no response arrived.</summary>
        public int StatusCode { get; }

        /// <summary>Why the request failed, or <c>accepted</c>; never a key.</summary>
        public string Reason { get; }

        /// <summary>The wait the server asked for, not yet clamped, or <see langword="null"/>.</summary>
        public TimeSpan? RetryAfter { get; }

        public bool Delivered => Status == SendStatus.Delivered;

        public SendResult WithStatus(SendStatus status) => new SendResult(status, StatusCode, Reason, RetryAfter);
    }
}
