using System.Globalization;
using CsbGenerators.SourceGeneration.Helpers;
using CsbGenerators.SourceGeneration.Model;

namespace CsbGenerators.SourceGeneration.Emit
{
    /// <summary>
    /// Writes, for each class, struct or record an event contains, pre-encoded member names and a private
    /// static writer method on the event type. A method on the event type can reach every type the event's
    /// members can name, whatever its accessibility or assembly.
    /// </summary>
    internal static class ObjectEmitter
    {
        public const string DepthParameter = "depth";
        public const string TypeNameParameter = "typeName";
        public const string MemberNameParameter = "memberName";

        public static string MethodName(int objectIndex) => "__CsbWriteObject" + Number(objectIndex);

        public static void WriteFields(SourceWriter writer, EventTypeSpec spec)
        {
            for (var i = 0; i < spec.Objects.Count; i++)
            {
                var members = spec.Objects[i].Members;
                for (var j = 0; j < members.Count; j++)
                {
                    writer.WriteLine($"private static readonly {TypeNames.JsonEncodedText} {NameField(i, j)} = {TypeNames.JsonEncodedText}.Encode({EventSourceEmitter.Literal(members[j].JsonName)});");
                }
            }
        }

        /// <summary>
        /// Writes one method per object type. Each takes the level the object sits on, for the free-form values
        /// inside it, and the event type and member, for errors.
        /// </summary>
        public static void WriteMethods(SourceWriter writer, EventTypeSpec spec)
        {
            for (var i = 0; i < spec.Objects.Count; i++)
            {
                var objectSpec = spec.Objects[i];
                writer.WriteLine();

                // The parameter type is written without nullable annotations. In a disabled context, the method
                // then accepts every annotated form of a generic type without a warning.
                if (spec.SupportsNullableDirective)
                {
                    writer.WriteLine("#nullable disable");
                }

                writer.WriteLine(EventSourceEmitter.GeneratedCodeAttribute);
                writer.OpenBlock($"private static void {MethodName(i)}({TypeNames.Utf8JsonWriter} writer, {objectSpec.Key} value, int {DepthParameter}, string {TypeNameParameter}, string {MemberNameParameter})");
                writer.WriteLine("writer.WriteStartObject();");
                var values = new ValueEmitter(writer, spec);
                for (var j = 0; j < objectSpec.Members.Count; j++)
                {
                    var member = objectSpec.Members[j];
                    values.WriteMember(member, "value", NameField(i, j), ValueScope.ObjectMember(objectSpec.DisplayName, member.DisplayName));
                }

                writer.WriteLine("writer.WriteEndObject();");
                writer.CloseBlock();
                if (spec.SupportsNullableDirective)
                {
                    writer.WriteLine("#nullable enable");
                }
            }
        }

        private static string NameField(int objectIndex, int memberIndex) => "__csbObject" + Number(objectIndex) + "Name" + Number(memberIndex);

        private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
