using System.Collections.Generic;
using System.Diagnostics;
using CsbGenerators.Delivery.Durable;
using CsbGenerators.Delivery.Retry;
using CsbGenerators.Delivery.Transports;

namespace CsbGenerators.Delivery
{
    /// <summary>
    /// The messages of one send: taken from memory, or leased from a batch file when <see cref="Stored"/> is set.
    /// Its messages stay rented until the batch source completes the batch, which returns them to the pool.
    /// </summary>
    internal sealed class DeliveryBatch
    {
#if DEBUG
        private readonly List<int> _generations;
#endif

        public DeliveryBatch(List<OutgoingMessage> messages, StoredBatch? stored)
        {
            Messages = messages;
            Stored = stored;
#if DEBUG
            _generations = messages.ConvertAll(message => message.Generation);
#endif
        }

        public List<OutgoingMessage> Messages { get; }

        public StoredBatch? Stored { get; }

        /// <summary>Asserts in Debug builds that no message of the batch went back to the pool while the batch was sent.</summary>
        [Conditional("DEBUG")]
        public void AssertHeld()
        {
#if DEBUG
            for (var i = 0; i < Messages.Count; i++)
            {
                Messages[i].AssertGeneration(_generations[i]);
            }
#endif
        }
    }

    /// <summary>A batch's messages grouped by what their last request decided.</summary>
    internal sealed class BatchOutcome
    {
        private BatchOutcome()
        {
        }

        public List<OutgoingMessage> Delivered { get; } = new List<OutgoingMessage>();

        public List<OutgoingMessage> Quarantined { get; } = new List<OutgoingMessage>();

        public List<OutgoingMessage> Exhausted { get; } = new List<OutgoingMessage>();

        /// <summary>Messages that did not move because delivery paused or the client stopped; they keep their order.</summary>
        public List<OutgoingMessage> Kept { get; } = new List<OutgoingMessage>();

        public SendResult DeliveredResult { get; private set; }

        public SendResult QuarantineResult { get; private set; }

        public SendResult ExhaustedResult { get; private set; }

        /// <summary>The <c>401</c>, <c>403</c> or <c>404</c> that paused delivery, if any.</summary>
        public SendResult? PauseResult { get; private set; }

        public static BatchOutcome From(IReadOnlyList<OutgoingMessage> messages, SendResult[] results)
        {
            var outcome = new BatchOutcome();
            for (var i = 0; i < messages.Count; i++)
            {
                var result = results[i];
                switch (result.Status)
                {
                    case SendStatus.Delivered:
                        outcome.Delivered.Add(messages[i]);
                        outcome.DeliveredResult = result;
                        break;
                    case SendStatus.Poison:
                        outcome.Quarantined.Add(messages[i]);
                        outcome.QuarantineResult = result;
                        break;
                    case SendStatus.Exhausted:
                        outcome.Exhausted.Add(messages[i]);
                        outcome.ExhaustedResult = result;
                        break;
                    case SendStatus.Pause:
                        outcome.Kept.Add(messages[i]);
                        outcome.PauseResult = result;
                        break;
                    default:
                        outcome.Kept.Add(messages[i]);
                        break;
                }
            }

            return outcome;
        }
    }
}
