using System;
using System.Buffers;
using System.Text;
using System.Text.Json;

namespace CsbGenerators.Tests.Serialization;

/// <summary>Runs the generated serializers into a fresh buffer and returns the UTF-8 text.</summary>
internal static class JsonOutput
{
    public static readonly CsbMessageHeader Header = new(
        Guid.Parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301"),
        new DateTimeOffset(2026, 12, 4, 10, 11, 12, 345, TimeSpan.Zero));

    public static readonly string Version = CsbGenerators.Serialization.CsbLibraryInfo.LibraryVersion;

    /// <summary>The header fields as the Segment-spec message writes them for <see cref="Header"/>.</summary>
    public static string HeaderJson =>
        "\"messageId\":\"3f2504e0-4f89-11d3-9a0c-0305e82c3301\",\"timestamp\":\"2026-12-04T10:11:12.345Z\","
        + "\"context\":{\"library\":{\"name\":\"CsbGenerators\",\"version\":\"" + Version + "\"}}";

    public static string Segment<TEvent>(TEvent csbEvent)
        where TEvent : ICsbEvent
    {
        var output = new ArrayBufferWriter<byte>();
        CsbSerializer.WriteSegmentMessage(csbEvent, output, Header);
        return Encoding.UTF8.GetString(output.WrittenSpan);
    }

    public static string CustomerSuccessBox<TEvent>(TEvent csbEvent)
        where TEvent : ICsbEvent
    {
        var output = new ArrayBufferWriter<byte>();
        CsbSerializer.WriteCustomerSuccessBoxBody(csbEvent, output, Header);
        return Encoding.UTF8.GetString(output.WrittenSpan);
    }

    /// <summary>The traits or properties object of the Segment-spec message, as written.</summary>
    public static string Members<TEvent>(TEvent csbEvent)
        where TEvent : ICsbEvent
    {
        using var message = JsonDocument.Parse(Segment(csbEvent));
        var container = csbEvent.EventInfo.Kind is CsbEventKind.Identify or CsbEventKind.Group ? "traits" : "properties";
        return message.RootElement.GetProperty(container).GetRawText();
    }

    /// <summary>One member of the traits or properties object as written, or null when it was left out.</summary>
    public static string? Member<TEvent>(TEvent csbEvent, string jsonName)
        where TEvent : ICsbEvent
    {
        using var members = JsonDocument.Parse(Members(csbEvent));
        return members.RootElement.TryGetProperty(jsonName, out var value) ? value.GetRawText() : null;
    }
}
