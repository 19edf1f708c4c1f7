using System;
using System.Collections.Generic;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace CsbGenerators.Delivery.Transports
{
    /// <summary>
    /// The CustomerSuccessBox server API: one flat JSON object per request to <c>/api/v1_1/user</c>,
    /// <c>/account</c> or <c>/feature</c>, with the API key as a Bearer token.
    /// </summary>
    /// <remarks>
    /// The API has no idempotency key, so a retry after a lost response can count a feature twice.
    /// </remarks>
    internal sealed class CustomerSuccessBoxTransport : HttpTransport
    {
        private readonly Uri _userUri;
        private readonly Uri _accountUri;
        private readonly Uri _featureUri;
        private readonly ILogger _logger;

        public CustomerSuccessBoxTransport(TransportSettings settings, string apiKey, ILogger logger)
            : base(settings, new AuthenticationHeaderValue("Bearer", apiKey))
        {
            var baseUri = EndpointPaths.WithTrailingSlash(settings.Endpoint);
            _userUri = new Uri(baseUri, "api/v1_1/user");
            _accountUri = new Uri(baseUri, "api/v1_1/account");
            _featureUri = new Uri(baseUri, "api/v1_1/feature");
            _logger = logger;
        }

        public override int MaxMessagesPerRequest => 1;

        public override int MaxRequestBytes => int.MaxValue;

        public override async Task<SendResult> SendAsync(IReadOnlyList<OutgoingMessage> batch, CancellationToken cancellationToken)
        {
            if (batch.Count != 1)
            {
                throw new ArgumentException($"The CustomerSuccessBox route sends one message per request, not {batch.Count}.", nameof(batch));
            }

            var message = batch[0];
            var (result, responseBody) = await PostAsync(PathFor(message.Kind), message.Buffer, message.Length, cancellationToken).ConfigureAwait(false);
            if (result.Delivered)
            {
                ReportServerFailure(message, result.StatusCode, responseBody);
            }

            return result;
        }

        private Uri PathFor(CsbEventKind kind)
        {
            return kind switch
            {
                CsbEventKind.Identify => _userUri,
                CsbEventKind.Group => _accountUri,
                CsbEventKind.Track => _featureUri,
                _ => throw new InvalidOperationException($"The CustomerSuccessBox route has no endpoint for {kind} messages."),
            };
        }

        /// <summary>
        /// Logs a 2xx body that carries <c>"success": false</c> or an <c>error</c>. The message still counts as
        /// delivered, and an empty or unknown body is fine.
        /// </summary>
        private void ReportServerFailure(OutgoingMessage message, int statusCode, string? responseBody)
        {
            if (string.IsNullOrWhiteSpace(responseBody))
            {
                return;
            }

            try
            {
                using var document = JsonDocument.Parse(responseBody!);
                var root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object)
                {
                    return;
                }

                var failed = root.TryGetProperty("success", out var success) && success.ValueKind == JsonValueKind.False;
                var hasError = root.TryGetProperty("error", out var error) && error.ValueKind != JsonValueKind.Null;
                if (failed || hasError)
                {
                    var reason = hasError ? error.ToString() : "success was false";
                    DeliveryLog.ServerReportedFailure(_logger, message.MessageId, statusCode, reason);
                }
            }
            catch (JsonException)
            {
                // An unknown body is not a failure: the status code already said the request was accepted.
            }
        }
    }
}
