using System.Collections.Generic;
using System.Globalization;
using CsbGenerators.SourceGeneration.Helpers;
using CsbGenerators.SourceGeneration.Model;
using CsbGenerators.SourceGeneration.Parsing;

namespace CsbGenerators.SourceGeneration.Emit
{
    /// <summary>Writes the member serializer, the id writers and the enum writers of one event type.</summary>
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
            var enumIndexes = EnumIndexes(spec);
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
                    WriteMemberValue(writer, spec, member, nameField, i, enumIndexes);
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

        /// <summary>Writes one pre-encoded field per distinct enum value of every enum the members use.</summary>
        public static void WriteEnumFields(SourceWriter writer, EventTypeSpec spec)
        {
            foreach (var entry in DistinctEnums(spec))
            {
                for (var j = 0; j < entry.Value.Members.Count; j++)
                {
                    writer.WriteLine($"private static readonly {TypeNames.JsonEncodedText} {EnumField(entry.Key, j)} = {TypeNames.JsonEncodedText}.Encode({EventSourceEmitter.Literal(entry.Value.Members[j].JsonName)});");
                }
            }
        }

        /// <summary>
        /// Writes one method per enum type that writes a named value as its JSON string and any other value
        /// as its number, as System.Text.Json's string enum converter does.
        /// </summary>
        public static void WriteEnumMethods(SourceWriter writer, EventTypeSpec spec)
        {
            foreach (var entry in DistinctEnums(spec))
            {
                var enumSpec = entry.Value;
                writer.WriteLine();
                writer.WriteLine(EventSourceEmitter.GeneratedCodeAttribute);
                writer.OpenBlock($"private static void {EnumMethod(entry.Key)}({TypeNames.Utf8JsonWriter} writer, {TypeNames.JsonEncodedText} name, {enumSpec.FullyQualifiedName} value)");
                if (enumSpec.Members.Count > 0)
                {
                    writer.OpenBlock("switch (value)");
                    for (var j = 0; j < enumSpec.Members.Count; j++)
                    {
                        writer.WriteLine($"case {enumSpec.FullyQualifiedName}.{enumSpec.Members[j].Name}:");
                        writer.WriteLine($"    writer.WriteString(name, {EnumField(entry.Key, j)});");
                        writer.WriteLine("    return;");
                    }

                    writer.CloseBlock();
                    writer.WriteLine();
                }

                // NOTE: a combination of [Flags] values is written as its number; System.Text.Json writes "a, b".
                writer.WriteLine($"writer.WriteNumber(name, ({enumSpec.UnderlyingType})value);");
                writer.CloseBlock();
            }
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
                ValueKind.String or ValueKind.Guid => $"writer.WriteString(name, {value});",
                ValueKind.UInt32 or ValueKind.UInt64 => $"{TypeNames.CsbJson}.WriteIdString(writer, name, (ulong){value});",
                _ => $"{TypeNames.CsbJson}.WriteIdString(writer, name, (long){value});",
            });
            writer.CloseBlock();
        }

        private static void WriteMemberValue(SourceWriter writer, EventTypeSpec spec, MemberSpec member, string nameField, int index, Dictionary<string, int> enumIndexes)
        {
            var local = "value" + index.ToString(CultureInfo.InvariantCulture);
            writer.WriteLine($"var {local} = this.{member.Name};");
            var value = local;
            if (member.Kind == ValueKind.String)
            {
                writer.OpenBlock($"if ({local} != null)");
            }
            else if (member.IsNullableValueType)
            {
                writer.OpenBlock($"if ({local}.HasValue)");
                value = local + ".Value";
            }

            writer.WriteLine(WriteValueStatement(spec, member, nameField, value, enumIndexes));
            if (member.MayBeNull)
            {
                writer.CloseBlock();
            }
        }

        private static string WriteValueStatement(EventTypeSpec spec, MemberSpec member, string nameField, string value, Dictionary<string, int> enumIndexes)
        {
            var names = $"{EventSourceEmitter.Literal(spec.DisplayName)}, {EventSourceEmitter.Literal(member.DisplayName)}";
            return member.Kind switch
            {
                ValueKind.String or ValueKind.Guid => $"writer.WriteString({nameField}, {value});",
                ValueKind.Boolean => $"writer.WriteBoolean({nameField}, {value});",
                ValueKind.Int32 => $"writer.WriteNumber({nameField}, (int){value});",
                ValueKind.UInt32 => $"writer.WriteNumber({nameField}, (uint){value});",
                ValueKind.Int64 => $"writer.WriteNumber({nameField}, (long){value});",
                ValueKind.UInt64 => $"writer.WriteNumber({nameField}, (ulong){value});",
                ValueKind.Decimal => $"writer.WriteNumber({nameField}, {value});",
                ValueKind.Single => $"{TypeNames.CsbJson}.WriteSingle(writer, {nameField}, {value}, {names});",
                ValueKind.Double => $"{TypeNames.CsbJson}.WriteDouble(writer, {nameField}, {value}, {names});",
                ValueKind.DateTime => $"{TypeNames.CsbJson}.WriteDateTime(writer, {nameField}, {value}, {names});",
                ValueKind.DateTimeOffset => $"{TypeNames.CsbJson}.WriteDateTimeOffset(writer, {nameField}, {value});",
                ValueKind.Enum => $"{EnumMethod(enumIndexes[member.Enum!.FullyQualifiedName])}(writer, {nameField}, {value});",
                _ => $"throw {TypeNames.CsbErrors}.SerializerUnavailable({EventSourceEmitter.Literal(spec.DisplayName)}, \"a member type is not supported.\");",
            };
        }

        private static Dictionary<string, int> EnumIndexes(EventTypeSpec spec)
        {
            var indexes = new Dictionary<string, int>();
            foreach (var entry in DistinctEnums(spec))
            {
                indexes[entry.Value.FullyQualifiedName] = entry.Key;
            }

            return indexes;
        }

        /// <summary>The distinct enum types of the members, numbered in order of first use.</summary>
        private static IEnumerable<KeyValuePair<int, EnumSpec>> DistinctEnums(EventTypeSpec spec)
        {
            var seen = new HashSet<string>();
            var index = 0;
            foreach (var member in spec.Members)
            {
                if (member.Enum is { } enumSpec && seen.Add(enumSpec.FullyQualifiedName))
                {
                    yield return new KeyValuePair<int, EnumSpec>(index++, enumSpec);
                }
            }
        }

        private static string EnumField(int enumIndex, int valueIndex) =>
            "__csbEnum" + enumIndex.ToString(CultureInfo.InvariantCulture) + "_" + valueIndex.ToString(CultureInfo.InvariantCulture);

        private static string EnumMethod(int enumIndex) => "__CsbWriteEnum" + enumIndex.ToString(CultureInfo.InvariantCulture);
    }
}
