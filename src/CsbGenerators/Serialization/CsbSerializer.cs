using System;
using System.Buffers;
using System.Text.Json;

namespace CsbGenerators
{
    /// <summary>
    /// Writes an event's messages into a caller-supplied buffer, without a client. The client uses the same
    /// generated code; this entry point serves tests, custom transports and tools.
    /// </summary>
    public static class CsbSerializer
    {
        [ThreadStatic]
        private static Utf8JsonWriter? t_writer;

        /// <summary>Writes the Segment-spec message of <paramref name="csbEvent"/> into <paramref name="output"/>.</summary>
        /// <exception cref="CsbValidationException">The event cannot be delivered as it is; <paramref name="output"/> may hold a partial message.</exception>
        public static void WriteSegmentMessage<TEvent>(TEvent csbEvent, IBufferWriter<byte> output, in CsbMessageHeader header)
            where TEvent : ICsbEvent
        {
            var writer = Rent(csbEvent, output);
            try
            {
                csbEvent.WriteSegmentMessage(writer, header);
            }
            finally
            {
                Release(writer);
            }
        }

        /// <summary>Writes the CustomerSuccessBox server API body of <paramref name="csbEvent"/> into <paramref name="output"/>.</summary>
        /// <exception cref="CsbValidationException">The event cannot be delivered as it is, or it is a page view; <paramref name="output"/> may hold a partial body.</exception>
        public static void WriteCustomerSuccessBoxBody<TEvent>(TEvent csbEvent, IBufferWriter<byte> output, in CsbMessageHeader header)
            where TEvent : ICsbEvent
        {
            var writer = Rent(csbEvent, output);
            try
            {
                csbEvent.WriteCustomerSuccessBoxBody(writer, header);
            }
            finally
            {
                Release(writer);
            }
        }

        /// <summary>Flushes into the caller's buffer, then detaches from it so the cached writer keeps no reference to it.</summary>
        private static void Release(Utf8JsonWriter writer)
        {
            writer.Flush();
            writer.Reset(DetachedOutput.Instance);
        }

        private static Utf8JsonWriter Rent<TEvent>(TEvent csbEvent, IBufferWriter<byte> output)
            where TEvent : ICsbEvent
        {
            if (csbEvent is null)
            {
                throw new ArgumentNullException(nameof(csbEvent));
            }

            if (output is null)
            {
                throw new ArgumentNullException(nameof(output));
            }

            var writer = t_writer;
            if (writer is null)
            {
                writer = new Utf8JsonWriter(output);
                t_writer = writer;
            }
            else
            {
                writer.Reset(output);
            }

            return writer;
        }
    }

    /// <summary>An output that accepts nothing; the cached writer points at it between calls.</summary>
    internal sealed class DetachedOutput : IBufferWriter<byte>
    {
        public static readonly DetachedOutput Instance = new DetachedOutput();

        public void Advance(int count) => throw new InvalidOperationException("The writer is not attached to an output.");

        public Memory<byte> GetMemory(int sizeHint = 0) => throw new InvalidOperationException("The writer is not attached to an output.");

        public Span<byte> GetSpan(int sizeHint = 0) => throw new InvalidOperationException("The writer is not attached to an output.");
    }
}
