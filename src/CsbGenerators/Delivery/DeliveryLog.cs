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
        [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "CsbGenerators client started: route {Route}, endpoint {Endpoint}")]
        public static partial void Started(ILogger logger, CsbRoute route, string endpoint);

        [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "CsbGenerators client stopped: {Delivered} messages delivered, {Failed} failed, {Dropped} dropped")]
        public static partial void Stopped(ILogger logger, long delivered, long failed, long dropped);

        [LoggerMessage(EventId = 3, Level = LogLevel.Debug, Message = "Delivered a batch of {BatchSize} messages with status {StatusCode}")]
        public static partial void BatchDelivered(ILogger logger, int batchSize, int statusCode);

        [LoggerMessage(EventId = 4, Level = LogLevel.Error, Message = "Failed to deliver a batch of {BatchSize} messages: status {StatusCode}, {Reason}")]
        public static partial void BatchFailed(ILogger logger, int batchSize, int statusCode, string reason);

        [LoggerMessage(EventId = 5, Level = LogLevel.Warning, Message = "Dropped a {EventKind} message because the queue holds its maximum of {MaxQueueLength} messages; {DroppedTotal} dropped so far")]
        public static partial void MessageDropped(ILogger logger, CsbEventKind eventKind, int maxQueueLength, long droppedTotal);

        [LoggerMessage(EventId = 6, Level = LogLevel.Error, Message = "{Count} messages were not delivered before the shutdown timeout of {Timeout} ran out")]
        public static partial void UndeliveredAtShutdown(ILogger logger, int count, TimeSpan timeout);

        [LoggerMessage(EventId = 7, Level = LogLevel.Error, Message = "The delivery loop caught an error and keeps running")]
        public static partial void LoopFailed(ILogger logger, Exception exception);

        [LoggerMessage(EventId = 8, Level = LogLevel.Warning, Message = "The endpoint accepted message {MessageId} with status {StatusCode} but reported a failure: {Reason}")]
        public static partial void ServerReportedFailure(ILogger logger, Guid messageId, int statusCode, string reason);
    }
}
