using System;
using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography;
using System.Text;

namespace CsbGenerators.Delivery.Durable
{
    /// <summary>
    /// The binary layout of one batch file: the magic <c>CSBQ</c>, a format version and the message count, then
    /// per message its id, kind, event type name and JSON, then a SHA-256 of everything before it. The checksum
    /// makes a torn or altered file detectable, so it is dropped alone. A file contains no key.
    /// </summary>
    internal static class BatchFileFormat
    {
        private const byte Version = 1;
        private const int HashLength = 32;
        private static readonly byte[] Magic = { (byte)'C', (byte)'S', (byte)'B', (byte)'Q' };

        public static byte[] Write(IReadOnlyList<OutgoingMessage> messages)
        {
            using var stream = new MemoryStream();
            using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
            {
                writer.Write(Magic);
                writer.Write(Version);
                writer.Write(messages.Count);
                foreach (var message in messages)
                {
                    writer.Write(message.MessageId.ToByteArray());
                    writer.Write((byte)message.Kind);
                    writer.Write(message.EventType);
                    writer.Write(message.Length);
                    writer.Write(message.Buffer, 0, message.Length);
                }
            }

            using (var sha = SHA256.Create())
            {
                var hash = sha.ComputeHash(stream.GetBuffer(), 0, (int)stream.Length);
                stream.Write(hash, 0, hash.Length);
            }

            return stream.ToArray();
        }

        /// <summary>Reads the messages of a batch file into messages rented from <paramref name="pool"/>; the caller returns them.</summary>
        /// <exception cref="InvalidDataException">
        /// The file is torn, altered or not a batch file; the message names the check that failed. The messages read
        /// before the failure are returned to the pool.
        /// </exception>
        public static List<OutgoingMessage> Read(byte[] data, MessagePool pool)
        {
            if (data.Length < Magic.Length + 1 + 4 + HashLength)
            {
                throw new InvalidDataException($"the file has {data.Length} bytes, fewer than an empty batch");
            }

            VerifyHash(data);
            var messages = new List<OutgoingMessage>();
            try
            {
                using var stream = new MemoryStream(data, 0, data.Length - HashLength, writable: false);
                using var reader = new BinaryReader(stream, Encoding.UTF8);
                ReadHeader(reader, out var count);
                for (var i = 0; i < count; i++)
                {
                    messages.Add(ReadMessage(reader, pool));
                }

                if (stream.Position != stream.Length)
                {
                    throw new InvalidDataException("the file has bytes after its last message");
                }

                return messages;
            }
            catch (Exception exception) when (exception is EndOfStreamException || exception is InvalidDataException || exception is ArgumentException)
            {
                foreach (var message in messages)
                {
                    message.Release();
                }

                throw exception as InvalidDataException ?? new InvalidDataException("the file ends inside a message: " + exception.Message, exception);
            }
        }

        private static void VerifyHash(byte[] data)
        {
            using var sha = SHA256.Create();
            var expected = sha.ComputeHash(data, 0, data.Length - HashLength);
            for (var i = 0; i < HashLength; i++)
            {
                if (expected[i] != data[data.Length - HashLength + i])
                {
                    throw new InvalidDataException("the SHA-256 checksum does not match, so the file is torn or was changed");
                }
            }
        }

        private static void ReadHeader(BinaryReader reader, out int count)
        {
            var magic = reader.ReadBytes(Magic.Length);
            if (magic.Length != Magic.Length || magic[0] != Magic[0] || magic[1] != Magic[1] || magic[2] != Magic[2] || magic[3] != Magic[3])
            {
                throw new InvalidDataException("the file does not start with the CSBQ marker");
            }

            var version = reader.ReadByte();
            if (version != Version)
            {
                throw new InvalidDataException($"the file has format version {version}; this client reads version {Version}");
            }

            count = reader.ReadInt32();
            if (count < 0)
            {
                throw new InvalidDataException($"the file declares {count} messages");
            }
        }

        private static OutgoingMessage ReadMessage(BinaryReader reader, MessagePool pool)
        {
            var id = new Guid(ReadExactly(reader, 16));
            var kind = (CsbEventKind)reader.ReadByte();
            var eventType = reader.ReadString();
            var length = reader.ReadInt32();
            if (length < 0 || length > reader.BaseStream.Length - reader.BaseStream.Position)
            {
                throw new InvalidDataException($"a message declares {length} bytes, more than the file contains; the file is torn or altered");
            }

            var message = pool.Rent(length);
            if (reader.Read(message.Buffer, 0, length) != length)
            {
                message.Release();
                throw new InvalidDataException("the file ends inside a message");
            }

            message.Initialize(0, id, kind, eventType, length);
            return message;
        }

        private static byte[] ReadExactly(BinaryReader reader, int count)
        {
            var bytes = reader.ReadBytes(count);
            if (bytes.Length != count)
            {
                throw new EndOfStreamException();
            }

            return bytes;
        }
    }
}
