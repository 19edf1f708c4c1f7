using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using CsbGenerators.Delivery.Transports;
using CsbGenerators.Telemetry;
using Microsoft.Extensions.Logging;

namespace CsbGenerators.Delivery.Retry
{
    /// <summary>
    /// Sends one request's messages until the endpoint decides: it retries transient failures with the
    /// <see cref="RetryPolicy"/>, honours <c>Retry-After</c>, and waits at the shared <see cref="RateLimitGate"/>.
    /// The messages keep their message ids, because the bytes are the ones serialized at enqueue.
    /// </summary>
    internal sealed class RetryingSender
    {
        private readonly IDeliveryTransport _transport;
        private readonly RetryPolicy _policy;
        private readonly RateLimitGate _gate;
        private readonly TimeProvider _timeProvider;
        private readonly ILogger _logger;
        private readonly CsbMetrics _metrics;

        public RetryingSender(IDeliveryTransport transport, RetryPolicy policy, RateLimitGate gate, TimeProvider timeProvider, ILogger logger, CsbMetrics metrics)
        {
            _transport = transport;
            _policy = policy;
            _gate = gate;
            _timeProvider = timeProvider;
            _logger = logger;
            _metrics = metrics;
        }

        /// <summary>
        /// Returns <see cref="SendStatus.Delivered"/>, <see cref="SendStatus.Poison"/>, <see cref="SendStatus.Pause"/>,
        /// <see cref="SendStatus.Exhausted"/> or <see cref="SendStatus.Cancelled"/>; never throws.
        /// </summary>
        public async Task<SendResult> SendAsync(IReadOnlyList<OutgoingMessage> messages, CancellationToken stopToken)
        {
            var started = _timeProvider.GetTimestamp();
            for (var attempt = 1; ; attempt++)
            {
                SendResult result;
                try
                {
                    await _gate.WaitAsync(stopToken).ConfigureAwait(false);
                    result = await _transport.SendAsync(messages, stopToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (stopToken.IsCancellationRequested)
                {
                    return Cancelled();
                }
                catch (Exception exception)
                {
                    // Retried like a network error, so that one bug or one odd failure cannot lose the batch.
                    DeliveryLog.SendThrew(_logger, messages.Count, exception);
                    result = new SendResult(SendStatus.Transient, 0, "unexpected " + exception.GetType().Name + " in the send path");
                }

                if (result.Status != SendStatus.Transient)
                {
                    return result;
                }

                var delay = result.RetryAfter is TimeSpan retryAfter ? _policy.Clamp(retryAfter) : _policy.BackoffFor(attempt);
                if (result.StatusCode == 429)
                {
                    _gate.CloseUntil(_timeProvider.GetUtcNow() + delay);
                }

                var elapsed = _timeProvider.GetElapsedTime(started);
                if (!_policy.AllowsRetry(attempt, elapsed, delay))
                {
                    var reason = $"{result.Reason}; gave up after {attempt} attempts in {elapsed.TotalSeconds:0.#} s";
                    return new SendResult(SendStatus.Exhausted, result.StatusCode, reason);
                }

                DeliveryLog.RetryScheduled(_logger, messages.Count, attempt, delay, result.StatusCode, result.Reason);
                _metrics.Retried(messages.Count);
                try
                {
                    await TimeProviderDelay.DelayAsync(_timeProvider, delay, stopToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (stopToken.IsCancellationRequested)
                {
                    return Cancelled();
                }
            }
        }

        private static SendResult Cancelled() => new SendResult(SendStatus.Cancelled, 0, "the client stopped before the endpoint answered");
    }
}
