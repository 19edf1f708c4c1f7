using System;
using System.Buffers;

namespace CsbGenerators.Serialization
{
    /// <summary>
    /// An <see cref="IBufferWriter{T}"/> over arrays rented from <see cref="ArrayPool{T}.Shared"/>. One
    /// instance is reused for many messages: <see cref="Clear"/> keeps the array for the next one.
    /// </summary>
    internal sealed class PooledBufferWriter : IBufferWriter<byte>, IDisposable
    {
        private const int MinimumCapacity = 256;

        private byte[] _buffer;
        private int _written;

        public PooledBufferWriter(int initialCapacity = 1024)
        {
            _buffer = ArrayPool<byte>.Shared.Rent(Math.Max(initialCapacity, MinimumCapacity));
        }

        public int WrittenCount => _written;

        public ReadOnlySpan<byte> WrittenSpan => new ReadOnlySpan<byte>(_buffer, 0, _written);

        public ReadOnlyMemory<byte> WrittenMemory => new ReadOnlyMemory<byte>(_buffer, 0, _written);

        /// <summary>The underlying array; valid up to <see cref="WrittenCount"/> until the next write.</summary>
        public byte[] Buffer => _buffer;

        public void Clear() => _written = 0;

        public void Advance(int count)
        {
            if (count < 0 || _written + count > _buffer.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(count), count, "Advance went past the end of the buffer.");
            }

            _written += count;
        }

        public Memory<byte> GetMemory(int sizeHint = 0)
        {
            EnsureCapacity(sizeHint);
            return new Memory<byte>(_buffer, _written, _buffer.Length - _written);
        }

        public Span<byte> GetSpan(int sizeHint = 0)
        {
            EnsureCapacity(sizeHint);
            return new Span<byte>(_buffer, _written, _buffer.Length - _written);
        }

        public void Write(ReadOnlySpan<byte> bytes)
        {
            bytes.CopyTo(GetSpan(bytes.Length));
            _written += bytes.Length;
        }

        public void Dispose()
        {
            var buffer = _buffer;
            _buffer = Array.Empty<byte>();
            _written = 0;
            if (buffer.Length > 0)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }

        private void EnsureCapacity(int sizeHint)
        {
            var needed = _written + Math.Max(sizeHint, 1);
            if (needed <= _buffer.Length)
            {
                return;
            }

            var grown = ArrayPool<byte>.Shared.Rent(Math.Max(needed, _buffer.Length * 2));
            System.Buffer.BlockCopy(_buffer, 0, grown, 0, _written);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = grown;
        }
    }
}
