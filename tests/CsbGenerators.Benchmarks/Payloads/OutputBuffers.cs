using System;
using System.Buffers;
using System.IO;
using System.Text;
using System.Text.Json;

namespace CsbGenerators.Benchmarks.Payloads;

/// <summary>
/// The reusable outputs of one serializer benchmark: a byte buffer with a <see cref="Utf8JsonWriter"/> over it,
/// and a UTF-8 <see cref="StreamWriter"/> for Newtonsoft.Json. Nothing here allocates once it has grown.
/// </summary>
public sealed class OutputBuffers
{
    private readonly MemoryStream _stream = new(64 * 1024);

    public OutputBuffers()
    {
        Json = new Utf8JsonWriter(Bytes);
        Text = new StreamWriter(_stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 16 * 1024, leaveOpen: true);
    }

    public ArrayBufferWriter<byte> Bytes { get; } = new(64 * 1024);

    public Utf8JsonWriter Json { get; }

    public StreamWriter Text { get; }

    /// <summary>Empties <see cref="Bytes"/> and points <see cref="Json"/> at it again.</summary>
    public Utf8JsonWriter StartJson()
    {
        Bytes.ResetWrittenCount();
        Json.Reset(Bytes);
        return Json;
    }

    /// <summary>Empties the stream behind <see cref="Text"/>.</summary>
    public StreamWriter StartText()
    {
        _stream.SetLength(0);
        return Text;
    }

    /// <summary>The bytes written through <see cref="Bytes"/> or <see cref="Json"/>, as text.</summary>
    public string BytesAsString() => Encoding.UTF8.GetString(Bytes.WrittenSpan);

    /// <summary>The bytes written through <see cref="Text"/>, as text.</summary>
    public string TextAsString()
    {
        Text.Flush();
        return Encoding.UTF8.GetString(_stream.GetBuffer(), 0, (int)_stream.Length);
    }
}
