using System;
using System.Collections.Generic;
using System.Text;
using CsbGenerators.Delivery.Transports;
using CsbGenerators.Telemetry;
using Microsoft.Extensions.Logging;

namespace CsbGenerators.Delivery
{
    /// <summary>Logs and counts what happened to a batch, and hands quarantined messages to the application's callback.</summary>
    internal sealed class OutcomeReporter
    {
        private readonly ILogger _logger;
        private readonly CsbMetrics _metrics;
        private readonly Action<CsbQuarantinedBatch>? _onQuarantine;

        public OutcomeReporter(ILogger logger, CsbMetrics metrics, Action<CsbQuarantinedBatch>? onQuarantine)
        {
            _logger = logger;
            _metrics = metrics;
            _onQuarantine = onQuarantine;
        }

        public ILogger Logger => _logger;

        public CsbMetrics Metrics => _metrics;

        /// <summary>
        /// Reports every part of <paramref name="outcome"/>. A failure while reporting, such as a logger that throws,
        /// is swallowed here, so the batch's messages still settle and the loop goes on.
        /// </summary>
        public void ReportAll(BatchOutcome outcome, bool keptOnDisk, TimeSpan nextPass)
        {
            try
            {
                Delivered(outcome);
                Quarantined(outcome);
                Exhausted(outcome, keptOnDisk, nextPass);
            }
            catch (Exception exception)
            {
                try
                {
                    DeliveryLog.LoopFailed(_logger, exception);
                }
                catch (Exception)
                {
                    // The logger itself failed; the counters above still hold the outcome.
                }
            }
        }

        public void Delivered(BatchOutcome outcome)
        {
            if (outcome.Delivered.Count == 0)
            {
                return;
            }

            _metrics.Sent(outcome.Delivered.Count);
            DeliveryLog.BatchDelivered(_logger, outcome.Delivered.Count, outcome.DeliveredResult.StatusCode);
        }

        public void Quarantined(BatchOutcome outcome)
        {
            var messages = outcome.Quarantined;
            if (messages.Count == 0)
            {
                return;
            }

            var result = outcome.QuarantineResult;
            _metrics.Quarantined(messages.Count);
            DeliveryLog.Quarantined(_logger, messages.Count, result.StatusCode, result.Reason);
            if (_onQuarantine is null)
            {
                return;
            }

            try
            {
                _onQuarantine(new CsbQuarantinedBatch(result.StatusCode, result.Reason, Describe(messages)));
            }
            catch (Exception exception)
            {
                DeliveryLog.QuarantineCallbackFailed(_logger, exception);
            }
        }

        /// <summary>Reports messages that ran out of retries: dropped in memory mode, kept on disk in durable mode.</summary>
        public void Exhausted(BatchOutcome outcome, bool keptOnDisk, TimeSpan nextPass)
        {
            var count = outcome.Exhausted.Count;
            if (count == 0)
            {
                return;
            }

            var result = outcome.ExhaustedResult;
            if (keptOnDisk)
            {
                DeliveryLog.KeptOnDisk(_logger, count, result.StatusCode, result.Reason, nextPass);
                return;
            }

            _metrics.Dropped(count, DropReasons.RetriesExhausted);
            DeliveryLog.RetriesExhausted(_logger, count, result.StatusCode, result.Reason);
        }

        private static List<CsbQuarantinedMessage> Describe(List<OutgoingMessage> messages)
        {
            var described = new List<CsbQuarantinedMessage>(messages.Count);
            foreach (var message in messages)
            {
                described.Add(new CsbQuarantinedMessage(message.MessageId, message.EventType, Encoding.UTF8.GetString(message.Buffer, 0, message.Length)));
            }

            return described;
        }
    }
}
