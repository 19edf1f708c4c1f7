using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using JsonTextWriter = Newtonsoft.Json.JsonTextWriter;

namespace CsbGenerators.Benchmarks.Payloads;

/// <summary>
/// One event and every way the benchmarks write its Segment-spec message: the generated serializer and the
/// four baselines. Each writer produces the same JSON; the baseline equivalence tests check it.
/// </summary>
public abstract class Payload
{
    protected Payload(PayloadKind kind)
    {
        Kind = kind;
    }

    public PayloadKind Kind { get; }

    /// <summary>The generated serializer, through the public <see cref="CsbSerializer"/> entry point.</summary>
    public abstract void WriteGenerated(OutputBuffers output, in CsbMessageHeader header);

    /// <summary>System.Text.Json with the source-generated <see cref="BaselineJsonContext"/>, from an envelope built per event.</summary>
    public abstract void WriteSourceGeneratedContext(OutputBuffers output, in CsbMessageHeader header);

    /// <summary>System.Text.Json through reflection, from an envelope built per event.</summary>
    public abstract void WriteReflection(OutputBuffers output, in CsbMessageHeader header);

    /// <summary>Newtonsoft.Json into a UTF-8 stream, from an envelope built per event.</summary>
    public abstract void WriteNewtonsoft(OutputBuffers output, in CsbMessageHeader header);

    /// <summary>A <c>Dictionary&lt;string, object&gt;</c> built per event, written by System.Text.Json.</summary>
    public abstract void WriteDictionary(OutputBuffers output, in CsbMessageHeader header);

    public override string ToString() => Kind.ToString();
}

/// <summary>A <see cref="Payload"/> for one event type, its envelope type and its dictionary form.</summary>
public sealed class Payload<TEvent, TMembers> : Payload
    where TEvent : ICsbEvent
    where TMembers : class
{
    private readonly TEvent _event;
    private readonly Func<TEvent, CsbMessageHeader, SegmentEnvelope<TMembers>> _toEnvelope;
    private readonly Func<TEvent, CsbMessageHeader, Dictionary<string, object>> _toDictionary;
    private readonly JsonTypeInfo<SegmentEnvelope<TMembers>> _typeInfo;

    public Payload(
        PayloadKind kind,
        TEvent csbEvent,
        Func<TEvent, CsbMessageHeader, SegmentEnvelope<TMembers>> toEnvelope,
        Func<TEvent, CsbMessageHeader, Dictionary<string, object>> toDictionary,
        JsonTypeInfo<SegmentEnvelope<TMembers>> typeInfo)
        : base(kind)
    {
        _event = csbEvent;
        _toEnvelope = toEnvelope;
        _toDictionary = toDictionary;
        _typeInfo = typeInfo;
    }

    public override void WriteGenerated(OutputBuffers output, in CsbMessageHeader header)
    {
        output.Bytes.ResetWrittenCount();
        CsbSerializer.WriteSegmentMessage(_event, output.Bytes, header);
    }

    public override void WriteSourceGeneratedContext(OutputBuffers output, in CsbMessageHeader header)
    {
        var writer = output.StartJson();
        JsonSerializer.Serialize(writer, _toEnvelope(_event, header), _typeInfo);
        writer.Flush();
    }

    public override void WriteReflection(OutputBuffers output, in CsbMessageHeader header)
    {
        var writer = output.StartJson();
        JsonSerializer.Serialize(writer, _toEnvelope(_event, header), BaselineSettings.Reflection);
        writer.Flush();
    }

    public override void WriteNewtonsoft(OutputBuffers output, in CsbMessageHeader header)
    {
        var text = output.StartText();
        using (var writer = new JsonTextWriter(text) { CloseOutput = false })
        {
            BaselineSettings.NewtonsoftSerializer.Serialize(writer, _toEnvelope(_event, header));
        }

        text.Flush();
    }

    public override void WriteDictionary(OutputBuffers output, in CsbMessageHeader header)
    {
        var writer = output.StartJson();
        JsonSerializer.Serialize(writer, _toDictionary(_event, header), BaselineSettings.Reflection);
        writer.Flush();
    }
}
