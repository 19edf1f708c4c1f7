using System.Collections.Generic;
using System.Globalization;
using CsbGenerators.SourceGeneration.Helpers;
using CsbGenerators.SourceGeneration.Model;
using CsbGenerators.SourceGeneration.Parsing;

namespace CsbGenerators.SourceGeneration.Emit
{
    /// <summary>Writes the member serializer and the id writers of one event type.</summary>
    internal static class MemberEmitter
    {
        public const string WriteMembersName = "__CsbWriteMembers";
        public const string WriteAccountIdName = "__CsbWriteAccountId";
        public const string WriteUserIdName = "__CsbWriteUserId";

        /// <summary>Writes <c>__CsbWriteMembers</c>: the traits or properties object, null members left out.</summary>
        public static void WriteMembersMethod(SourceWriter writer, EventTypeSpec spec)
        {
            writer.WriteLine(EventSourceEmitter.GeneratedCodeAttribute);
            writer.OpenBlock($"private void {WriteMembersName}({TypeNames.Utf8JsonWriter} writer)");
            writer.WriteLine("writer.WriteStartObject();");
            var values = new ValueEmitter(writer, spec);
            for (var i = 0; i < spec.Members.Count; i++)
            {
                var member = spec.Members[i];
                var nameField = EventSourceEmitter.NameField(i);
                if (member.JsonName == EventTypeParser.AccountIdJsonName)
                {
                    writer.WriteLine($"{WriteAccountIdName}(writer, {nameField});");
                }
                else if (member.JsonName == EventTypeParser.UserIdJsonName)
                {
                    writer.WriteLine($"{WriteUserIdName}(writer, {nameField});");
                }
                else
                {
                    values.WriteMember(member, "this", nameField, ValueScope.EventMember(spec.DisplayName, member.DisplayName));
                }
            }

            if (spec.Kind == EventKind.Track)
            {
                // The attribute's product and module go into the properties unless a member already carries them.
                if (spec.Product is not null && FindMember(spec, EventTypeParser.ProductIdJsonName) < 0)
                {
                    writer.WriteLine($"writer.WriteString({TypeNames.CsbJsonNames}.ProductIdKey, __csbProduct);");
                }

                if (spec.Module is not null && FindMember(spec, EventTypeParser.ModuleIdJsonName) < 0)
                {
                    writer.WriteLine($"writer.WriteString({TypeNames.CsbJsonNames}.ModuleIdKey, __csbModule);");
                }
            }

            writer.WriteLine("writer.WriteEndObject();");
            writer.CloseBlock();
        }

        /// <summary>Writes the methods that validate an id and write it as a JSON string under a given name.</summary>
        public static void WriteIdMethods(SourceWriter writer, EventTypeSpec spec)
        {
            WriteIdMethod(writer, spec, WriteAccountIdName, EventTypeParser.AccountIdJsonName);
            WriteIdMethod(writer, spec, WriteUserIdName, EventTypeParser.UserIdJsonName);
        }

        public static int FindMember(EventTypeSpec spec, string jsonName)
        {
            for (var i = 0; i < spec.Members.Count; i++)
            {
                if (spec.Members[i].JsonName == jsonName)
                {
                    return i;
                }
            }

            return -1;
        }

        private static void WriteIdMethod(SourceWriter writer, EventTypeSpec spec, string methodName, string jsonName)
        {
            var index = FindMember(spec, jsonName);
            if (index < 0)
            {
                return;
            }

            var member = spec.Members[index];
            var missing = $"throw {TypeNames.CsbErrors}.MissingId({EventSourceEmitter.Literal(spec.DisplayName)}, {EventSourceEmitter.Literal(member.DisplayName)}, {EventSourceEmitter.Literal(jsonName)});";
            writer.WriteLine();
            writer.WriteLine(EventSourceEmitter.GeneratedCodeAttribute);
            writer.OpenBlock($"private void {methodName}({TypeNames.Utf8JsonWriter} writer, {TypeNames.JsonEncodedText} name)");
            writer.WriteLine($"var value = this.{member.Name};");
            var value = "value";
            if (member.Kind == ValueKind.String || member.IsNullableValueType)
            {
                // A number or Guid always makes a non-empty id; only a string or a Nullable<T> can be missing.
                writer.OpenBlock(member.Kind == ValueKind.String ? "if (string.IsNullOrWhiteSpace(value))" : "if (!value.HasValue)");
                writer.WriteLine(missing);
                writer.CloseBlock();
                writer.WriteLine();
                value = member.IsNullableValueType ? "value.Value" : value;
            }
            writer.WriteLine(member.Kind switch
            {
                ValueKind.String => $"{TypeNames.CsbJson}.WriteString(writer, name, {value}, {EventSourceEmitter.Literal(spec.DisplayName)}, {EventSourceEmitter.Literal(member.DisplayName)});",
                ValueKind.Guid => $"writer.WriteString(name, {value});",
                ValueKind.UInt32 or ValueKind.UInt64 => $"{TypeNames.CsbJson}.WriteIdString(writer, name, (ulong){value});",
                _ => $"{TypeNames.CsbJson}.WriteIdString(writer, name, (long){value});",
            });
            writer.CloseBlock();
        }
    }
}
