using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using CsbGenerators.Delivery.Retry;
using CsbGenerators.Delivery.Transports;

namespace CsbGenerators.Delivery
{
    /// <summary>
    /// Sends a batch over the route's transport and returns one result per message. A transport that carries
    /// many messages per request gets one request for the batch; the CustomerSuccessBox transport, which carries
    /// one, gets one request per message with at most <see cref="CsbClientOptions.MaxConcurrentRequests"/> in flight.
    /// </summary>
    internal sealed class BatchSender
    {
        private readonly IDeliveryTransport _transport;
        private readonly RetryingSender _sender;
        private readonly int _maxConcurrentRequests;

        public BatchSender(IDeliveryTransport transport, RetryingSender sender, int maxConcurrentRequests)
        {
            _transport = transport;
            _sender = sender;
            _maxConcurrentRequests = maxConcurrentRequests;
        }

        public async Task<SendResult[]> SendAsync(IReadOnlyList<OutgoingMessage> batch, CancellationToken stopToken)
        {
            var results = new SendResult[batch.Count];
            if (_transport.MaxMessagesPerRequest > 1)
            {
                var result = await _sender.SendAsync(batch, stopToken).ConfigureAwait(false);
                for (var i = 0; i < results.Length; i++)
                {
                    results[i] = result;
                }

                return results;
            }

            using var slots = new SemaphoreSlim(_maxConcurrentRequests);
            var paused = 0;
            var tasks = new Task[batch.Count];
            for (var i = 0; i < batch.Count; i++)
            {
                tasks[i] = SendOneAsync(i);
            }

            await Task.WhenAll(tasks).ConfigureAwait(false);
            return results;

            async Task SendOneAsync(int index)
            {
                await slots.WaitAsync().ConfigureAwait(false);
                try
                {
                    // After a 401, 403 or 404 the other messages keep their place instead of repeating the same failure.
                    if (Volatile.Read(ref paused) != 0)
                    {
                        results[index] = new SendResult(SendStatus.Cancelled, 0, "delivery paused before this message was sent");
                        return;
                    }

                    var result = await _sender.SendAsync(new[] { batch[index] }, stopToken).ConfigureAwait(false);
                    if (result.Status == SendStatus.Pause)
                    {
                        Volatile.Write(ref paused, 1);
                    }

                    results[index] = result;
                }
                finally
                {
                    slots.Release();
                }
            }
        }
    }
}
