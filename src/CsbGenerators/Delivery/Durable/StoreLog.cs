using System;
using Microsoft.Extensions.Logging;

namespace CsbGenerators.Delivery.Durable
{
    /// <summary>The durable store's log messages. They name files and counts, never a key or a payload.</summary>
    internal static partial class StoreLog
    {
        [LoggerMessage(EventId = 30, Level = LogLevel.Information, Message = "Durable store opened at {Directory}")]
        public static partial void Opened(ILogger logger, string directory);

        [LoggerMessage(EventId = 31, Level = LogLevel.Information, Message = "Durable store recovered {InFlight} in-flight batches and removed {Torn} unfinished writes; {Ready} batches wait")]
        public static partial void Recovered(ILogger logger, int inFlight, int torn, int ready);

        [LoggerMessage(EventId = 32, Level = LogLevel.Warning, Message = "Durable store returned {Count} in-flight batches that no send held to the ready batches")]
        public static partial void OrphansRecovered(ILogger logger, int count);

        [LoggerMessage(EventId = 33, Level = LogLevel.Warning, Message = "Durable store dropped {Files} batches with {Messages} messages: {Reason}")]
        public static partial void CapDropped(ILogger logger, int files, int messages, string reason);

        [LoggerMessage(EventId = 34, Level = LogLevel.Error, Message = "Durable store deleted the unreadable batch file {FileName}: {Reason}")]
        public static partial void CorruptFile(ILogger logger, string fileName, string reason);

        [LoggerMessage(EventId = 35, Level = LogLevel.Error, Message = "Durable store could not write {Count} messages; they stay in memory and the write is tried again")]
        public static partial void WriteFailed(ILogger logger, int count, Exception exception);

        [LoggerMessage(EventId = 36, Level = LogLevel.Error, Message = "Durable store could not update {FileName}")]
        public static partial void UpdateFailed(ILogger logger, string fileName, Exception exception);
    }
}
