using System.Globalization;
using System.Linq;
using CsbGenerators.SourceGeneration.Helpers;
using CsbGenerators.SourceGeneration.Model;

namespace CsbGenerators.SourceGeneration.Emit
{
    /// <summary>
    /// Writes one pre-encoded name per enum value and one writer method per enum type. Names, flag
    /// combinations and undefined values follow System.Text.Json's string enum converter.
    /// </summary>
    internal static class EnumEmitter
    {
        public static string MethodName(int enumIndex) => "__CsbWriteEnum" + Number(enumIndex);

        public static void WriteFields(SourceWriter writer, EventTypeSpec spec)
        {
            for (var i = 0; i < spec.Enums.Count; i++)
            {
                var enumSpec = spec.Enums[i];
                for (var j = 0; j < enumSpec.Members.Count; j++)
                {
                    writer.WriteLine($"private static readonly {TypeNames.JsonEncodedText} {NameField(i, j)} = {TypeNames.JsonEncodedText}.Encode({EventSourceEmitter.Literal(enumSpec.Members[j].JsonName)});");
                }

                if (IsCombinable(enumSpec))
                {
                    var keys = string.Join(", ", enumSpec.Members.Select(m => m.Bits.ToString(CultureInfo.InvariantCulture) + "UL"));
                    var names = string.Join(", ", enumSpec.Members.Select(m => EventSourceEmitter.Literal(m.JsonName)));
                    writer.WriteLine($"private static readonly ulong[] {KeysField(i)} = new ulong[] {{ {keys} }};");
                    writer.WriteLine($"private static readonly string[] {NamesField(i)} = new string[] {{ {names} }};");
                }
            }
        }

        /// <summary>
        /// Writes a method per enum type: a declared value is written as its name, a combination of
        /// <c>[Flags]</c> values as their names joined by <c>", "</c>, and any other value as its number.
        /// </summary>
        public static void WriteMethods(SourceWriter writer, EventTypeSpec spec)
        {
            for (var i = 0; i < spec.Enums.Count; i++)
            {
                var enumSpec = spec.Enums[i];
                var unsigned = enumSpec.UnderlyingType == "ulong";
                writer.WriteLine();
                writer.WriteLine(EventSourceEmitter.GeneratedCodeAttribute);
                writer.OpenBlock($"private static void {MethodName(i)}({TypeNames.Utf8JsonWriter} writer, {enumSpec.FullyQualifiedName} value)");
                if (enumSpec.Members.Count > 0)
                {
                    writer.OpenBlock("switch (value)");
                    for (var j = 0; j < enumSpec.Members.Count; j++)
                    {
                        writer.WriteLine($"case {enumSpec.FullyQualifiedName}.{enumSpec.Members[j].Name}:");
                        writer.WriteLine($"    writer.WriteStringValue({NameField(i, j)});");
                        writer.WriteLine("    return;");
                    }

                    writer.CloseBlock();
                    writer.WriteLine();
                }

                if (IsCombinable(enumSpec))
                {
                    var bits = unsigned ? "(ulong)value" : "unchecked((ulong)(long)value)";
                    writer.OpenBlock($"if ({TypeNames.CsbJson}.TryWriteFlagsValue(writer, {bits}, {KeysField(i)}, {NamesField(i)}))");
                    writer.WriteLine("return;");
                    writer.CloseBlock();
                    writer.WriteLine();
                }

                writer.WriteLine($"writer.WriteNumberValue(({enumSpec.UnderlyingType})value);");
                writer.CloseBlock();
            }
        }

        private static bool IsCombinable(EnumSpec enumSpec) => enumSpec.IsFlags && enumSpec.Members.Count > 0;

        private static string NameField(int enumIndex, int valueIndex) => "__csbEnum" + Number(enumIndex) + "_" + Number(valueIndex);

        private static string KeysField(int enumIndex) => "__csbEnum" + Number(enumIndex) + "Keys";

        private static string NamesField(int enumIndex) => "__csbEnum" + Number(enumIndex) + "Names";

        private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
