using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using CsbGenerators.Serialization;

namespace CsbGenerators.Delivery.Transports
{
    /// <summary>
    /// The Segment-compatible route: <c>POST {endpoint}/v1/batch</c>, HTTP Basic with the write key as user
    /// name and an empty password, and the body <c>{"batch":[…],"sentAt":"…"}</c>.
    /// </summary>
    internal sealed class SegmentBatchTransport : HttpTransport
    {
        private static readonly byte[] BatchPrefix = Encoding.UTF8.GetBytes("{\"batch\":[");
        private static readonly byte[] SentAtInfix = Encoding.UTF8.GetBytes("],\"sentAt\":\"");
        private static readonly byte[] BodySuffix = Encoding.UTF8.GetBytes("\"}");
        private static readonly byte[] Comma = { (byte)',' };

        /// <summary>The bytes around the messages: prefix, infix, a 24-byte timestamp and suffix.</summary>
        private static readonly int EnvelopeBytes = BatchPrefix.Length + SentAtInfix.Length + 24 + BodySuffix.Length;

        private readonly Uri _batchUri;
        private readonly int _maxMessages;
        private readonly TimeProvider _timeProvider;
        private readonly PooledBufferWriter _body = new PooledBufferWriter(64 * 1024);

        public SegmentBatchTransport(TransportSettings settings, string writeKey, int maxMessages)
            : base(settings, CreateAuthorization(writeKey))
        {
            _batchUri = new Uri(EndpointPaths.WithTrailingSlash(settings.Endpoint), "v1/batch");
            _maxMessages = maxMessages;
            _timeProvider = settings.TimeProvider;
        }

        public override int MaxMessagesPerRequest => _maxMessages;

        public override int MaxRequestBytes => CsbClientOptions.MaxSegmentBatchBytes - EnvelopeBytes;

        /// <remarks>Not thread-safe: the body buffer is reused, and the pipeline sends one batch at a time on this route.</remarks>
        public override async Task<SendResult> SendAsync(IReadOnlyList<OutgoingMessage> batch, CancellationToken cancellationToken)
        {
            WriteBody(batch);
            var (result, _) = await PostAsync(_batchUri, _body.Buffer, _body.WrittenCount, cancellationToken).ConfigureAwait(false);
            return result;
        }

        /// <summary>Concatenates the already serialized messages; no message is parsed or re-encoded.</summary>
        private void WriteBody(IReadOnlyList<OutgoingMessage> batch)
        {
            _body.Clear();
            _body.Write(BatchPrefix);
            for (var i = 0; i < batch.Count; i++)
            {
                if (i > 0)
                {
                    _body.Write(Comma);
                }

                _body.Write(batch[i].Json);
            }

            _body.Write(SentAtInfix);
            CsbJson.FormatTimestamp(_timeProvider.GetUtcNow().UtcDateTime, _body.GetSpan(24));
            _body.Advance(24);
            _body.Write(BodySuffix);
        }

        private static AuthenticationHeaderValue CreateAuthorization(string writeKey)
        {
            // Basic authentication: the write key is the user name and the password is empty, hence the colon.
            var token = Convert.ToBase64String(Encoding.UTF8.GetBytes(writeKey + ":"));
            return new AuthenticationHeaderValue("Basic", token);
        }
    }
}
