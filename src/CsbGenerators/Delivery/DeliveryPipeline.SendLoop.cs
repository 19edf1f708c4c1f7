using System;
using System.Threading;
using System.Threading.Tasks;
using CsbGenerators.Delivery.Durable;
using CsbGenerators.Delivery.Retry;
using CsbGenerators.Delivery.Transports;

namespace CsbGenerators.Delivery
{
    internal sealed partial class DeliveryPipeline
    {
        /// <summary>How long the loop waits after an unexpected error before it goes on, so a repeating error cannot spin.</summary>
        private static readonly TimeSpan LoopErrorDelay = TimeSpan.FromSeconds(1);

        private readonly object _pauseGate = new object();
        private DateTimeOffset? _pausedUntil;
        private DateTimeOffset _nextPassAt;
        private DateTimeOffset _nextMaintenanceAt;
        private bool _storeEmpty;
        private long _delivered;
        private long _failed;

        /// <summary>Whether a <c>401</c>, <c>403</c> or <c>404</c> paused delivery.</summary>
        public bool IsPaused
        {
            get
            {
                lock (_pauseGate)
                {
                    return _pausedUntil is not null;
                }
            }
        }

        private async Task RunSendLoopAsync()
        {
            var stopToken = _stop.Token;
            if (_store is not null)
            {
                RunGuarded(_store.Recover);
                _nextMaintenanceAt = _timeProvider.GetUtcNow() + DurableStore.MaintenanceInterval;

                // A backlog from an earlier run goes out at once, not after the first flush interval.
                _sendWake.Set();
            }

            while (!stopToken.IsCancellationRequested)
            {
                try
                {
                    await _sendWake.WaitAsync(NextSendWait(), _timeProvider, stopToken).ConfigureAwait(false);
                    MaintainIfDue();
                    await DrainAsync(stopToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (stopToken.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception exception)
                {
                    await SurviveAsync(exception, stopToken).ConfigureAwait(false);
                }
            }
        }

        private async Task RunPersistLoopAsync()
        {
            var stopToken = _stop.Token;
            while (!stopToken.IsCancellationRequested)
            {
                try
                {
                    await _persistWake.WaitAsync(_settings.FlushInterval, _timeProvider, stopToken).ConfigureAwait(false);
                    if (_persister!.PersistQueued() > 0 || _persister.IsFailing)
                    {
                        _sendWake.Set();
                    }
                }
                catch (OperationCanceledException) when (stopToken.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception exception)
                {
                    await SurviveAsync(exception, stopToken).ConfigureAwait(false);
                }
            }
        }

        /// <summary>Sends batches until none waits, delivery is paused, or durable retries wait for the next pass.</summary>
        private async Task DrainAsync(CancellationToken stopToken)
        {
            while (!stopToken.IsCancellationRequested && MayTakeBatch())
            {
                var batch = _source.TakeNext();
                if (batch is null)
                {
                    Volatile.Write(ref _storeEmpty, true);
                    _drained.Set();
                    return;
                }

                Volatile.Write(ref _storeEmpty, false);
                var results = await _sender.SendAsync(batch.Messages, stopToken).ConfigureAwait(false);
                batch.AssertHeld();
                var outcome = BatchOutcome.From(batch.Messages, results);
                Interlocked.Add(ref _delivered, outcome.Delivered.Count);
                Interlocked.Add(ref _failed, outcome.Quarantined.Count + (_store is null ? outcome.Exhausted.Count : 0));
                _source.Complete(batch, outcome);
                UpdatePause(outcome);
                if (_store is not null && outcome.Exhausted.Count > 0)
                {
                    _nextPassAt = _timeProvider.GetUtcNow() + _settings.RetryMaxDelay;
                }
            }
        }

        /// <summary>
        /// Whether the loop may send now. While paused, one batch goes out per <see cref="PipelineSettings.PauseProbeInterval"/>
        /// to check whether the endpoint accepts the key again.
        /// </summary>
        private bool MayTakeBatch()
        {
            var now = _timeProvider.GetUtcNow();
            if (now < _nextPassAt)
            {
                return false;
            }

            lock (_pauseGate)
            {
                if (_pausedUntil is null)
                {
                    return true;
                }

                if (now < _pausedUntil.Value)
                {
                    return false;
                }

                _pausedUntil = now + _settings.PauseProbeInterval;
                return true;
            }
        }

        private void UpdatePause(BatchOutcome outcome)
        {
            bool entered;
            bool resumed;
            lock (_pauseGate)
            {
                var wasPaused = _pausedUntil is not null;
                if (outcome.PauseResult is not null)
                {
                    _pausedUntil = _timeProvider.GetUtcNow() + _settings.PauseProbeInterval;
                }
                else if (outcome.Delivered.Count > 0)
                {
                    _pausedUntil = null;
                }

                entered = !wasPaused && _pausedUntil is not null;
                resumed = wasPaused && _pausedUntil is null;
            }

            if (entered)
            {
                var pause = outcome.PauseResult!.Value;
                DeliveryLog.Paused(_logger, pause.StatusCode, pause.Reason, _settings.PauseProbeInterval);
                _tracker.SetPaused(true);
            }
            else if (resumed)
            {
                DeliveryLog.Resumed(_logger);
                _tracker.SetPaused(false);
            }
            else if (outcome.PauseResult is SendResult still)
            {
                DeliveryLog.StillPaused(_logger, still.StatusCode);
            }
        }

        /// <summary>The time until the send loop should look again on its own: the flush interval, a pause probe, a durable pass or maintenance.</summary>
        private TimeSpan NextSendWait()
        {
            var now = _timeProvider.GetUtcNow();
            var wait = _settings.FlushInterval;
            lock (_pauseGate)
            {
                if (_pausedUntil is DateTimeOffset probeAt)
                {
                    wait = Shorter(wait, probeAt - now);
                }
            }

            if (_nextPassAt > now)
            {
                wait = Shorter(wait, _nextPassAt - now);
            }

            if (_store is not null)
            {
                wait = Shorter(wait, _nextMaintenanceAt - now);
            }

            return wait;
        }

        private void MaintainIfDue()
        {
            if (_store is null || _timeProvider.GetUtcNow() < _nextMaintenanceAt)
            {
                return;
            }

            _nextMaintenanceAt = _timeProvider.GetUtcNow() + DurableStore.MaintenanceInterval;
            RunGuarded(_store.Maintain);
        }

        private void RunGuarded(Action action)
        {
            try
            {
                action();
            }
            catch (Exception exception)
            {
                DeliveryLog.LoopFailed(_logger, exception);
            }
        }

        /// <summary>Logs an unexpected error and waits briefly; the loop then goes on with the batches it has not settled.</summary>
        private async Task SurviveAsync(Exception exception, CancellationToken stopToken)
        {
            try
            {
                DeliveryLog.LoopFailed(_logger, exception);
            }
            catch (Exception)
            {
                // A logger that throws must not end the loop either.
            }

            try
            {
                await TimeProviderDelay.DelayAsync(_timeProvider, LoopErrorDelay, stopToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Stopping; the loop condition ends the loop.
            }
        }

        private static TimeSpan Shorter(TimeSpan current, TimeSpan candidate)
        {
            var positive = candidate < TimeSpan.FromMilliseconds(1) ? TimeSpan.FromMilliseconds(1) : candidate;
            return positive < current ? positive : current;
        }
    }
}
