using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using CsbGenerators.Delivery.Transports;
using Microsoft.Extensions.Logging;

namespace CsbGenerators.Delivery
{
    /// <summary>
    /// The queue and the one background loop that drains it. The loop wakes when
    /// <see cref="CsbClientOptions.FlushAt"/> messages wait, when a flush asks for it, or after
    /// <see cref="CsbClientOptions.FlushInterval"/>; it sends batches in enqueue order and settles each
    /// message as delivered or failed. Every failure is logged and counted; nothing leaves silently.
    /// </summary>
    internal sealed class DeliveryPipeline
    {
        private readonly DeliveryQueue _queue;
        private readonly IDeliveryTransport _transport;
        private readonly ILogger _logger;
        private readonly TimeProvider _timeProvider;
        private readonly int _flushAt;
        private readonly TimeSpan _flushInterval;
        private readonly CancellationTokenSource _stop = new CancellationTokenSource();

        private readonly object _gate = new object();
        private readonly List<FlushWaiter> _waiters = new List<FlushWaiter>();
        private TaskCompletionSource<bool> _wake = NewSignal();
        private long _settledThrough;
        private long _delivered;
        private long _failed;
        private long _dropped;
        private long _droppedAtLastFlush;
        private Task _loop = Task.CompletedTask;

        public DeliveryPipeline(DeliveryQueue queue, IDeliveryTransport transport, ILogger logger, TimeProvider timeProvider, int flushAt, TimeSpan flushInterval)
        {
            _queue = queue;
            _transport = transport;
            _logger = logger;
            _timeProvider = timeProvider;
            _flushAt = flushAt;
            _flushInterval = flushInterval;
        }

        public long Delivered => Interlocked.Read(ref _delivered);

        public long Failed => Interlocked.Read(ref _failed);

        public long Dropped => Interlocked.Read(ref _dropped);

        public void Start()
        {
            _loop = Task.Run(RunAsync);
        }

        /// <summary>Appends a serialized message; a full queue drops it, counts it and logs it.</summary>
        public bool Enqueue(Guid messageId, CsbEventKind kind, string eventType, byte[] buffer, int length)
        {
            var message = _queue.TryEnqueue(messageId, kind, eventType, buffer, length, out var count);
            if (message is null)
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
                var total = Interlocked.Increment(ref _dropped);
                if (IsWorthLogging(total))
                {
                    DeliveryLog.MessageDropped(_logger, kind, _queue.Capacity, total);
                }

                return false;
            }

            if (count >= _flushAt)
            {
                Wake();
            }

            return true;
        }

        public async Task<CsbFlushResult> FlushAsync(CancellationToken cancellationToken)
        {
            FlushWaiter waiter;
            lock (_gate)
            {
                var dropped = Interlocked.Read(ref _dropped);
                waiter = new FlushWaiter(_settledThrough, _queue.LastSequence, dropped - _droppedAtLastFlush);
                _droppedAtLastFlush = dropped;
                if (waiter.ThroughSequence <= _settledThrough)
                {
                    return waiter.ToResult();
                }

                _waiters.Add(waiter);
            }

            Wake();
            using (cancellationToken.Register(() => waiter.Completion.TrySetResult(false)))
            {
                await waiter.Completion.Task.ConfigureAwait(false);
            }

            lock (_gate)
            {
                _waiters.Remove(waiter);
            }

            return waiter.ToResult();
        }

        /// <summary>
        /// Flushes within <paramref name="timeout"/>, then stops the loop and fails whatever is left.
        /// </summary>
        public async Task<CsbFlushResult> StopAsync(TimeSpan timeout)
        {
            CsbFlushResult result;
            using (var deadline = new CancellationTokenSource())
            {
                deadline.CancelAfter(timeout);
                result = await FlushAsync(deadline.Token).ConfigureAwait(false);
            }

            _stop.Cancel();
            try
            {
                await _loop.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // The loop ends by cancellation; that is the expected way out.
            }

            var left = FailRemaining();
            if (left > 0 || !result.IsComplete)
            {
                DeliveryLog.UndeliveredAtShutdown(_logger, Math.Max(left, result.Pending), timeout);
            }

            DeliveryLog.Stopped(_logger, Delivered, Failed, Dropped);
            _transport.Dispose();
            _stop.Dispose();
            return result;
        }

        private async Task RunAsync()
        {
            var stopToken = _stop.Token;
            while (!stopToken.IsCancellationRequested)
            {
                try
                {
                    await WaitForWorkAsync(stopToken).ConfigureAwait(false);
                    await DrainAsync(stopToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (stopToken.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception exception)
                {
                    DeliveryLog.LoopFailed(_logger, exception);
                }
            }
        }

        private async Task WaitForWorkAsync(CancellationToken stopToken)
        {
            Task wake;
            lock (_gate)
            {
                wake = _wake.Task;
            }

            if (_queue.Count < _flushAt && !wake.IsCompleted)
            {
                using var delayCancellation = CancellationTokenSource.CreateLinkedTokenSource(stopToken);
#if NET8_0_OR_GREATER
                var delay = Task.Delay(_flushInterval, _timeProvider, delayCancellation.Token);
#else
                var delay = _timeProvider.Delay(_flushInterval, delayCancellation.Token);
#endif
                await Task.WhenAny(wake, delay).ConfigureAwait(false);
                delayCancellation.Cancel();
            }

            stopToken.ThrowIfCancellationRequested();
            lock (_gate)
            {
                if (_wake.Task.IsCompleted)
                {
                    _wake = NewSignal();
                }
            }
        }

        private async Task DrainAsync(CancellationToken stopToken)
        {
            while (true)
            {
                var batch = _queue.TakeBatch(_transport.MaxMessagesPerRequest, _transport.MaxRequestBytes);
                if (batch.Count == 0)
                {
                    return;
                }

                SendResult result;
                try
                {
                    result = await _transport.SendAsync(batch, stopToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (stopToken.IsCancellationRequested)
                {
                    Settle(batch, new SendResult(false, 0, "the client stopped while the request was in flight"));
                    throw;
                }
                catch (Exception exception)
                {
                    Settle(batch, new SendResult(false, 0, "the transport failed: " + exception.Message));
                    throw;
                }

                Settle(batch, result);
            }
        }

        private void Settle(List<OutgoingMessage> batch, SendResult result)
        {
            if (result.Delivered)
            {
                DeliveryLog.BatchDelivered(_logger, batch.Count, result.StatusCode);
                Interlocked.Add(ref _delivered, batch.Count);
            }
            else
            {
                DeliveryLog.BatchFailed(_logger, batch.Count, result.StatusCode, result.Reason);
                Interlocked.Add(ref _failed, batch.Count);
            }

            lock (_gate)
            {
                foreach (var message in batch)
                {
                    foreach (var waiter in _waiters)
                    {
                        if (waiter.Covers(message.Sequence))
                        {
                            waiter.Record(result.Delivered);
                        }
                    }

                    _settledThrough = Math.Max(_settledThrough, message.Sequence);
                    message.Release();
                }

                CompleteSettledWaiters();
            }
        }

        /// <summary>Fails the messages left in the queue after the loop stopped, and releases every waiter.</summary>
        private int FailRemaining()
        {
            var left = 0;
            while (true)
            {
                var batch = _queue.TakeBatch(int.MaxValue, int.MaxValue);
                if (batch.Count == 0)
                {
                    break;
                }

                left += batch.Count;
                Interlocked.Add(ref _failed, batch.Count);
                lock (_gate)
                {
                    foreach (var message in batch)
                    {
                        message.Release();
                    }
                }
            }

            lock (_gate)
            {
                foreach (var waiter in _waiters)
                {
                    waiter.Completion.TrySetResult(false);
                }

                _waiters.Clear();
            }

            return left;
        }

        private void CompleteSettledWaiters()
        {
            for (var i = _waiters.Count - 1; i >= 0; i--)
            {
                if (_waiters[i].ThroughSequence <= _settledThrough)
                {
                    _waiters[i].Completion.TrySetResult(true);
                    _waiters.RemoveAt(i);
                }
            }
        }

        private void Wake()
        {
            lock (_gate)
            {
                _wake.TrySetResult(true);
            }
        }

        /// <summary>Logs the first drop, then every thousandth, so a dead endpoint cannot flood the log.</summary>
        private static bool IsWorthLogging(long dropTotal) => dropTotal == 1 || dropTotal % 1000 == 0;

        private static TaskCompletionSource<bool> NewSignal() => new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
