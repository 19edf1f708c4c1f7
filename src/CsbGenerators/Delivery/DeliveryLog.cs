using System;
using Microsoft.Extensions.Logging;

namespace CsbGenerators.Delivery
{
    /// <summary>
    /// The client's log messages. None carries a key or a payload; event ids are stable so that log
    /// queries can rely on them.
    /// </summary>
    internal static partial class DeliveryLog
    {
        [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "CsbGenerators client started: route {Route}, endpoint {Endpoint}, durable mode {DurableMode}")]
        public static partial void Started(ILogger logger, CsbRoute route, string endpoint, bool durableMode);

        [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "CsbGenerators client stopped: {Delivered} messages delivered, {Failed} failed, {Dropped} dropped")]
        public static partial void Stopped(ILogger logger, long delivered, long failed, long dropped);

        [LoggerMessage(EventId = 3, Level = LogLevel.Debug, Message = "Delivered {BatchSize} messages with status {StatusCode}")]
        public static partial void BatchDelivered(ILogger logger, int batchSize, int statusCode);

        [LoggerMessage(EventId = 4, Level = LogLevel.Error, Message = "Failed to deliver {BatchSize} messages and dropped them: status {StatusCode}, {Reason}")]
        public static partial void RetriesExhausted(ILogger logger, int batchSize, int statusCode, string reason);

        [LoggerMessage(EventId = 5, Level = LogLevel.Warning, Message = "Dropped a {EventKind} message because the queue holds its maximum of {Limit} {LimitUnit}; {DroppedTotal} dropped so far")]
        public static partial void MessageDropped(ILogger logger, CsbEventKind eventKind, long limit, string limitUnit, long droppedTotal);

        [LoggerMessage(EventId = 6, Level = LogLevel.Error, Message = "{Count} messages were not delivered before the shutdown timeout of {Timeout} ran out and were dropped")]
        public static partial void UndeliveredAtShutdown(ILogger logger, int count, TimeSpan timeout);

        [LoggerMessage(EventId = 7, Level = LogLevel.Error, Message = "The delivery loop caught an error and keeps running")]
        public static partial void LoopFailed(ILogger logger, Exception exception);

        [LoggerMessage(EventId = 8, Level = LogLevel.Warning, Message = "The endpoint accepted message {MessageId} with status {StatusCode} but reported a failure: {Reason}")]
        public static partial void ServerReportedFailure(ILogger logger, Guid messageId, int statusCode, string reason);

        [LoggerMessage(EventId = 9, Level = LogLevel.Warning, Message = "Retrying {BatchSize} messages after attempt {Attempt} in {Delay}: status {StatusCode}, {Reason}")]
        public static partial void RetryScheduled(ILogger logger, int batchSize, int attempt, TimeSpan delay, int statusCode, string reason);

        [LoggerMessage(EventId = 10, Level = LogLevel.Warning, Message = "Sending {BatchSize} messages threw; the request is retried")]
        public static partial void SendThrew(ILogger logger, int batchSize, Exception exception);

        [LoggerMessage(EventId = 11, Level = LogLevel.Error, Message = "Quarantined {BatchSize} messages that the endpoint rejected: status {StatusCode}, {Reason}")]
        public static partial void Quarantined(ILogger logger, int batchSize, int statusCode, string reason);

        [LoggerMessage(EventId = 12, Level = LogLevel.Error, Message = "Delivery paused and the messages are kept: status {StatusCode}, {Reason}. One request checks every {ProbeInterval} whether the endpoint accepts them again")]
        public static partial void Paused(ILogger logger, int statusCode, string reason, TimeSpan probeInterval);

        [LoggerMessage(EventId = 13, Level = LogLevel.Debug, Message = "Delivery is still paused: status {StatusCode}")]
        public static partial void StillPaused(ILogger logger, int statusCode);

        [LoggerMessage(EventId = 14, Level = LogLevel.Information, Message = "Delivery resumed: the endpoint accepted a request again")]
        public static partial void Resumed(ILogger logger);

        [LoggerMessage(EventId = 15, Level = LogLevel.Error, Message = "The quarantine callback threw; the batch stays quarantined")]
        public static partial void QuarantineCallbackFailed(ILogger logger, Exception exception);

        [LoggerMessage(EventId = 16, Level = LogLevel.Warning, Message = "Kept {BatchSize} messages on disk after retries ran out: status {StatusCode}, {Reason}. The next pass starts in {Delay}")]
        public static partial void KeptOnDisk(ILogger logger, int batchSize, int statusCode, string reason, TimeSpan delay);

        [LoggerMessage(EventId = 17, Level = LogLevel.Information, Message = "{Count} batches stay in the durable directory and are sent after the next start")]
        public static partial void StoredAtShutdown(ILogger logger, int count);
    }
}
