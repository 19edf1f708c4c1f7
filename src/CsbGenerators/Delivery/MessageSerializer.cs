using System;
using System.Text.Json;
using CsbGenerators.Serialization;

namespace CsbGenerators.Delivery
{
    /// <summary>
    /// Serializes an event for the configured route at enqueue time. Each thread reuses one writer and one
    /// scratch buffer, so a send allocates no JSON machinery. The queue then copies the JSON into a pooled message.
    /// </summary>
    internal sealed class MessageSerializer
    {
        [ThreadStatic]
        private static Utf8JsonWriter? t_writer;

        [ThreadStatic]
        private static PooledBufferWriter? t_scratch;

        /// <summary>How many serializations are running on this thread: more than one when an event's getter sends another event.</summary>
        [ThreadStatic]
        private static int t_depth;

        private readonly CsbRoute _route;

        public MessageSerializer(CsbRoute route)
        {
            _route = route;
        }

        /// <summary>
        /// Writes <paramref name="csbEvent"/> into the calling thread's scratch buffer and returns the JSON. The span
        /// is valid until the next call on the same thread, so the caller copies it before serializing again.
        /// </summary>
        /// <exception cref="CsbValidationException">The event cannot be delivered as it is.</exception>
        public ReadOnlySpan<byte> Serialize<TEvent>(TEvent csbEvent, in CsbMessageHeader header)
            where TEvent : ICsbEvent
        {
            var info = csbEvent.EventInfo;
            if (_route == CsbRoute.CustomerSuccessBox && info.Kind == CsbEventKind.Page)
            {
                throw CsbErrors.PageNotSupported(info.TypeName);
            }

            // A send made while another event is being written on this thread, from one of its getters, gets a
            // writer and buffer of its own, because the outer send is still using the thread's.
            var nested = t_depth > 0;
            var scratch = nested ? new PooledBufferWriter() : t_scratch ??= new PooledBufferWriter();
            scratch.Clear();
            var writer = nested ? new Utf8JsonWriter(scratch) : t_writer;
            if (writer is null)
            {
                writer = new Utf8JsonWriter(scratch);
                t_writer = writer;
            }
            else if (!nested)
            {
                writer.Reset(scratch);
            }

            t_depth++;
            try
            {
                if (_route == CsbRoute.CustomerSuccessBox)
                {
                    csbEvent.WriteCustomerSuccessBoxBody(writer, header);
                }
                else
                {
                    csbEvent.WriteSegmentMessage(writer, header);
                }

                writer.Flush();
            }
            catch (CsbValidationException)
            {
                throw;
            }
            catch (Exception exception) when (exception is ArgumentException || exception is InvalidOperationException)
            {
                // Utf8JsonWriter throws these for values it cannot write; the event is rejected, not the queue.
                throw new CsbValidationException(
                    info.TypeName,
                    null,
                    $"{info.TypeName} could not be written as JSON: {exception.Message}",
                    exception);
            }
            finally
            {
                t_depth--;
            }

            var length = scratch.WrittenCount;
            if (_route == CsbRoute.SegmentCompatible && length > CsbClientOptions.MaxSegmentMessageBytes)
            {
                throw new CsbValidationException(
                    info.TypeName,
                    null,
                    $"{info.TypeName} serialized to {length} bytes; the Segment-compatible route accepts at most {CsbClientOptions.MaxSegmentMessageBytes} bytes per message. Send fewer or shorter members.");
            }

            return scratch.WrittenSpan;
        }
    }
}
