using CsbGenerators.SourceGeneration.Model;

namespace CsbGenerators.SourceGeneration.Emit
{
    /// <summary>The one statement that writes a non-null scalar, free-form or JSON value.</summary>
    internal static class ScalarStatements
    {
        public static string Write(ValueKind kind, string value, ValueScope scope)
        {
            var names = scope.ErrorArguments;
            return kind switch
            {
                ValueKind.String => $"{TypeNames.CsbJson}.WriteStringValue(writer, {value}, {names});",
                ValueKind.Char => $"{TypeNames.CsbJson}.WriteCharValue(writer, {value}, {names});",
                ValueKind.Boolean => $"writer.WriteBooleanValue({value});",
                ValueKind.Int32 => $"writer.WriteNumberValue((int){value});",
                ValueKind.UInt32 => $"writer.WriteNumberValue((uint){value});",
                ValueKind.Int64 => $"writer.WriteNumberValue((long){value});",
                ValueKind.UInt64 => $"writer.WriteNumberValue((ulong){value});",
                ValueKind.Single => $"{TypeNames.CsbJson}.WriteSingleValue(writer, {value}, {names});",
                ValueKind.Double => $"{TypeNames.CsbJson}.WriteDoubleValue(writer, {value}, {names});",
                ValueKind.Decimal => $"writer.WriteNumberValue({value});",
                ValueKind.DateTime => $"{TypeNames.CsbJson}.WriteDateTimeValue(writer, {value}, {names});",
                ValueKind.DateTimeOffset => $"{TypeNames.CsbJson}.WriteDateTimeOffsetValue(writer, {value});",
                ValueKind.DateOnly => $"{TypeNames.CsbJson}.WriteDateOnlyValue(writer, {value});",
                ValueKind.TimeOnly => $"{TypeNames.CsbJson}.WriteTimeOnlyValue(writer, {value});",
                ValueKind.TimeSpan => $"{TypeNames.CsbJson}.WriteTimeSpanValue(writer, {value});",
                ValueKind.Guid => $"writer.WriteStringValue({value});",
                ValueKind.Uri => $"{TypeNames.CsbJson}.WriteUriValue(writer, {value}, {names});",
                ValueKind.Bytes => $"writer.WriteBase64StringValue({value});",
                ValueKind.JsonElement => $"{TypeNames.CsbJson}.WriteJsonElementValue(writer, {value}, {names});",
                ValueKind.JsonNode => $"{value}.WriteTo(writer);",
                ValueKind.FreeForm => $"{TypeNames.CsbJson}.WriteFreeFormValue(writer, {value}, {scope.Depth}, {names});",

                // Parsing rejects any other kind before emitting; a stub keeps the output compiling regardless.
                _ => $"throw new global::System.InvalidOperationException(\"CsbGenerators cannot write this value.\");",
            };
        }
    }
}
