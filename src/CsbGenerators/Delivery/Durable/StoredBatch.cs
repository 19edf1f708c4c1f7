using System.Collections.Generic;

namespace CsbGenerators.Delivery.Durable
{
    /// <summary>A batch file leased for sending: its name without extension, its messages and its size on disk.</summary>
    internal sealed class StoredBatch
    {
        public StoredBatch(string name, List<OutgoingMessage> messages, long size)
        {
            Name = name;
            Messages = messages;
            Size = size;
        }

        public string Name { get; }

        public List<OutgoingMessage> Messages { get; }

        public long Size { get; }
    }
}
