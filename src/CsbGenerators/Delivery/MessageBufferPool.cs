using System.Buffers;

namespace CsbGenerators.Delivery
{
    /// <summary>
    /// The pool of serialized-message buffers. The sending thread rents a buffer and the delivery loop returns
    /// it, a batch at a time. <see cref="ArrayPool{T}.Shared"/> keeps few arrays per size for a thread that
    /// only rents, so most returned arrays were dropped and most sends allocated a new one.
    /// </summary>
    internal static class MessageBufferPool
    {
        /// <summary>The most arrays kept per size: several full batches of the default size in flight.</summary>
        private const int ArraysPerSize = 1024;

        /// <summary>
        /// Arrays up to the largest Segment-compatible message; a larger request gets a new array, which is not
        /// kept on return.
        /// </summary>
        public static readonly ArrayPool<byte> Shared = ArrayPool<byte>.Create(CsbClientOptions.MaxSegmentMessageBytes, ArraysPerSize);
    }
}
