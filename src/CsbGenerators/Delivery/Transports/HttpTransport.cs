using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using CsbGenerators.Delivery.Retry;

namespace CsbGenerators.Delivery.Transports
{
    /// <summary>
    /// The HTTP part that both routes share: one POST with a JSON body, the key in that request's
    /// <c>Authorization</c> header only, and a <see cref="SendResult"/> instead of an exception.
    /// </summary>
    internal abstract class HttpTransport : IDeliveryTransport
    {
        private static readonly MediaTypeHeaderValue JsonContentType = new MediaTypeHeaderValue("application/json");

        private readonly TransportSettings _settings;
        private readonly AuthenticationHeaderValue _authorization;
        private int _inFlight;

        protected HttpTransport(TransportSettings settings, AuthenticationHeaderValue authorization)
        {
            _settings = settings;
            _authorization = authorization;
        }

        public abstract int MaxMessagesPerRequest { get; }

        public abstract int MaxRequestBytes { get; }

        public int InFlightRequests => Volatile.Read(ref _inFlight);

        public abstract Task<SendResult> SendAsync(IReadOnlyList<OutgoingMessage> batch, CancellationToken cancellationToken);

        public virtual void Dispose()
        {
            _settings.OwnedClient?.Dispose();
        }

        /// <summary>Posts <paramref name="body"/> to <paramref name="uri"/> and classifies the response.</summary>
        /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
        protected async Task<(SendResult Result, string? ResponseBody)> PostAsync(Uri uri, byte[] body, int length, CancellationToken cancellationToken)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, uri);
            request.Headers.Authorization = _authorization;
            request.Headers.Accept.ParseAdd("application/json");
            request.Content = new ByteArrayContent(body, 0, length);
            request.Content.Headers.ContentType = JsonContentType;

            using var timeout = TimeProviderDelay.CancelAfter(_settings.TimeProvider, _settings.RequestTimeout);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
            Interlocked.Increment(ref _inFlight);
            try
            {
                using var response = await _settings.HttpClient().SendAsync(request, HttpCompletionOption.ResponseContentRead, linked.Token).ConfigureAwait(false);
                var responseBody = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
                return (Classify(response, responseBody), responseBody);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return (new SendResult(SendStatus.Transient, 0, $"the request timed out after {_settings.RequestTimeout.TotalSeconds:0.###} s"), null);
            }
            catch (Exception exception) when (exception is HttpRequestException || exception is IOException)
            {
                return (new SendResult(SendStatus.Transient, 0, "network error: " + exception.Message), null);
            }
            finally
            {
                Interlocked.Decrement(ref _inFlight);
            }
        }

        private SendResult Classify(HttpResponseMessage response, string responseBody)
        {
            var status = (int)response.StatusCode;
            var kind = ResponseClassifier.Classify(status);
            if (kind == SendStatus.Delivered)
            {
                return new SendResult(kind, status, "accepted");
            }

            return new SendResult(kind, status, DescribeFailure(status, responseBody), ReadRetryAfter(response, status));
        }

        private TimeSpan? ReadRetryAfter(HttpResponseMessage response, int status)
        {
            var now = _settings.TimeProvider.GetUtcNow();
            if (response.Headers.TryGetValues("Retry-After", out var values)
                && RetryAfterParser.TryParse(values.FirstOrDefault(), now, out var delay))
            {
                return delay;
            }

            if (status == 429
                && response.Headers.TryGetValues("X-RateLimit-Reset", out var resets)
                && RetryAfterParser.TryParseReset(resets.FirstOrDefault(), now, out delay))
            {
                return delay;
            }

            return null;
        }

        private static string DescribeFailure(int status, string responseBody)
        {
            const int MaxReasonLength = 200;
            var reason = status switch
            {
                401 => "the key was missing or rejected; check the configured key",
                403 => "the key is not allowed to send; check the configured key",
                404 => "the endpoint path was not found; check CsbClientOptions.Endpoint",
                413 => "the request body is too large for the endpoint",
                429 => "rate limited",
                _ => status >= 500 ? "the endpoint failed" : "the endpoint rejected the request",
            };

            if (string.IsNullOrWhiteSpace(responseBody))
            {
                return $"HTTP {status}: {reason}";
            }

            var excerpt = responseBody.Length > MaxReasonLength ? responseBody.Substring(0, MaxReasonLength) + "…" : responseBody;
            return $"HTTP {status}: {reason}; response: {excerpt}";
        }
    }
}
