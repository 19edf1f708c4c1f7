using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using CsbGenerators.Delivery;
using CsbGenerators.Delivery.Durable;
using CsbGenerators.Tests.Events;

namespace CsbGenerators.Tests.Delivery.Durable;

/// <summary>Writes batch files the way the durable store does, for tests that plant files in a store folder.</summary>
internal static class StoredMessages
{
    public static List<OutgoingMessage> Numbered(long first, int count, DateTimeOffset timestamp)
    {
        var pool = new MessagePool(count, long.MaxValue);
        var messages = new List<OutgoingMessage>();
        for (var number = first; number < first + count; number++)
        {
            var writer = new ArrayBufferWriter<byte>();
            var id = Guid.NewGuid();
            CsbSerializer.WriteSegmentMessage(NumberedEvent.For(number), writer, new CsbMessageHeader(id, timestamp));
            var message = pool.Rent(writer.WrittenCount);
            writer.WrittenSpan.CopyTo(message.Buffer);
            message.Initialize(0, id, CsbEventKind.Track, nameof(NumberedEvent), writer.WrittenCount);
            messages.Add(message);
        }

        return messages;
    }

    /// <summary>Writes a batch file named for <paramref name="writtenAt"/> with <paramref name="extension"/>, and returns its path.</summary>
    public static string Plant(string folder, IReadOnlyList<OutgoingMessage> messages, DateTimeOffset writtenAt, string extension)
    {
        var path = Path.Combine(folder, StoreFileNames.NewName(writtenAt) + extension);
        File.WriteAllBytes(path, BatchFileFormat.Write(messages));
        return path;
    }
}
