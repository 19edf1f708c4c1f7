using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace CsbGenerators.Delivery.Transports
{
    /// <summary>
    /// The HTTP part that both routes share: one POST with a JSON body, the key in that request's
    /// <c>Authorization</c> header only, and a <see cref="SendResult"/> instead of an exception.
    /// </summary>
    internal abstract class HttpTransport : IDeliveryTransport
    {
        private static readonly MediaTypeHeaderValue JsonContentType = new MediaTypeHeaderValue("application/json");

        private readonly HttpClient _httpClient;
        private readonly bool _ownsHttpClient;
        private readonly AuthenticationHeaderValue _authorization;
        private readonly TimeSpan _requestTimeout;

        protected HttpTransport(TransportSettings settings, AuthenticationHeaderValue authorization)
        {
            _httpClient = settings.HttpClient;
            _ownsHttpClient = settings.OwnsHttpClient;
            _requestTimeout = settings.RequestTimeout;
            _authorization = authorization;
        }

        public abstract int MaxMessagesPerRequest { get; }

        public abstract int MaxRequestBytes { get; }

        public abstract Task<SendResult> SendAsync(IReadOnlyList<OutgoingMessage> batch, CancellationToken cancellationToken);

        public void Dispose()
        {
            if (_ownsHttpClient)
            {
                _httpClient.Dispose();
            }
        }

        /// <summary>Posts <paramref name="body"/> to <paramref name="uri"/> and classifies the response.</summary>
        protected async Task<(SendResult Result, string? ResponseBody)> PostAsync(Uri uri, byte[] body, int length, CancellationToken cancellationToken)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, uri);
            request.Headers.Authorization = _authorization;
            request.Headers.Accept.ParseAdd("application/json");
            request.Content = new ByteArrayContent(body, 0, length);
            request.Content.Headers.ContentType = JsonContentType;

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(_requestTimeout);
            HttpResponseMessage response;
            try
            {
                response = await _httpClient.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return (new SendResult(false, 0, $"the request timed out after {_requestTimeout.TotalSeconds:0.###} s"), null);
            }
            catch (HttpRequestException exception)
            {
                return (new SendResult(false, 0, "network error: " + exception.Message), null);
            }

            using (response)
            {
                var status = (int)response.StatusCode;
                var responseBody = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
                if (status >= 200 && status < 300)
                {
                    return (new SendResult(true, status, "accepted"), responseBody);
                }

                return (new SendResult(false, status, DescribeFailure(status, responseBody)), responseBody);
            }
        }

        private static string DescribeFailure(int status, string responseBody)
        {
            const int MaxReasonLength = 200;
            var reason = status switch
            {
                401 => "the key was missing or rejected; check the configured key",
                403 => "the key is not allowed to send; check the configured key",
                429 => "rate limited",
                _ => "the endpoint rejected the request",
            };

            if (string.IsNullOrWhiteSpace(responseBody))
            {
                return reason;
            }

            var excerpt = responseBody.Length > MaxReasonLength ? responseBody.Substring(0, MaxReasonLength) + "…" : responseBody;
            return reason + "; response: " + excerpt;
        }
    }
}
