using System.Collections.Generic;
using System.Globalization;
using CsbGenerators.SourceGeneration.Helpers;
using CsbGenerators.SourceGeneration.Model;

namespace CsbGenerators.SourceGeneration.Emit
{
    /// <summary>
    /// Writes the statements that serialize one member's value, following collections, dictionaries and
    /// nested objects. One instance serves one generated method, so its local names are unique there.
    /// </summary>
    internal sealed class ValueEmitter
    {
        private readonly SourceWriter _writer;
        private readonly Dictionary<string, int> _enumIndexes;
        private readonly Dictionary<string, int> _objectIndexes;
        private int _locals;

        public ValueEmitter(SourceWriter writer, EventTypeSpec spec)
        {
            _writer = writer;
            _enumIndexes = IndexesOf(spec.Enums, e => e.FullyQualifiedName);
            _objectIndexes = IndexesOf(spec.Objects, o => o.Key);
        }

        /// <summary>
        /// Writes a member: null is left out, or written as JSON null with <c>[CsbWriteNull]</c>; any other value
        /// is written under <paramref name="nameField"/>.
        /// </summary>
        /// <param name="member">The member.</param>
        /// <param name="owner">The expression whose member it is: <c>this</c>, or a nested object's <c>value</c>.</param>
        /// <param name="nameField">The field with the pre-encoded JSON name.</param>
        /// <param name="scope">Where the member's value sits.</param>
        public void WriteMember(MemberSpec member, string owner, string nameField, ValueScope scope)
        {
            var local = NewLocal("value");
            _writer.WriteLine($"var {local} = {owner}.{member.Name};");
            var value = member.Value;
            if (!value.MayBeNull)
            {
                _writer.WriteLine($"writer.WritePropertyName({nameField});");
                WriteNonNull(value, local, scope);
                return;
            }

            _writer.OpenBlock($"if ({HasValue(value, local)})");
            _writer.WriteLine($"writer.WritePropertyName({nameField});");
            WriteNonNull(value, Unwrapped(value, local), scope);
            _writer.CloseBlock();
            if (member.WriteNull)
            {
                _writer.OpenBlock("else");
                _writer.WriteLine($"writer.WriteNull({nameField});");
                _writer.CloseBlock();
            }
        }

        /// <summary>Writes an element or dictionary value, held in a local: null is written as JSON null.</summary>
        private void WriteItem(ValueSpec value, string local, ValueScope scope)
        {
            // The free-form writer writes null itself.
            if (!value.MayBeNull || value.Kind == ValueKind.FreeForm)
            {
                WriteNonNull(value, local, scope);
                return;
            }

            _writer.OpenBlock($"if ({HasValue(value, local)})");
            WriteNonNull(value, Unwrapped(value, local), scope);
            _writer.CloseBlock();
            _writer.OpenBlock("else");
            _writer.WriteLine("writer.WriteNullValue();");
            _writer.CloseBlock();
        }

        private void WriteNonNull(ValueSpec value, string expression, ValueScope scope)
        {
            switch (value.Kind)
            {
                case ValueKind.Collection:
                    WriteCollection(value, expression, scope);
                    break;
                case ValueKind.Dictionary:
                    WriteDictionary(value, expression, scope);
                    break;
                case ValueKind.Object:
                    _writer.WriteLine($"{ObjectEmitter.MethodName(_objectIndexes[value.TypeKey!])}(writer, {expression}, {scope.Depth}, {scope.TypeName}, {scope.MemberName});");
                    break;
                case ValueKind.Enum:
                    _writer.WriteLine($"{EnumEmitter.MethodName(_enumIndexes[value.TypeKey!])}(writer, {expression});");
                    break;
                default:
                    _writer.WriteLine(ScalarStatements.Write(value.Kind, expression, scope));
                    break;
            }
        }

        private void WriteCollection(ValueSpec value, string expression, ValueScope scope)
        {
            var collection = AsLocal(expression, "items");
            var item = NewLocal("item");
            if (value.Collection == CollectionKind.ImmutableArray)
            {
                _writer.OpenBlock($"if ({collection}.IsDefault)");
                _writer.WriteLine($"throw {TypeNames.CsbErrors}.DefaultImmutableArray({scope.ErrorArguments});");
                _writer.CloseBlock();
                _writer.WriteLine();
            }

            _writer.WriteLine("writer.WriteStartArray();");
            if (value.Collection is CollectionKind.Array or CollectionKind.ImmutableArray or CollectionKind.List)
            {
                var index = NewLocal("i");
                var count = value.Collection == CollectionKind.List ? "Count" : "Length";
                _writer.OpenBlock($"for (var {index} = 0; {index} < {collection}.{count}; {index}++)");
                _writer.WriteLine($"var {item} = {collection}[{index}];");
            }
            else
            {
                var source = value.Collection == CollectionKind.ForeachOverInterface ? $"{TypeNames.CsbJson}.AsEnumerable({collection})" : collection;
                _writer.OpenBlock($"foreach (var {item} in {source})");
            }

            WriteItem(value.Element!, item, scope.Element());
            _writer.CloseBlock();
            _writer.WriteLine("writer.WriteEndArray();");
        }

        private void WriteDictionary(ValueSpec value, string expression, ValueScope scope)
        {
            var dictionary = AsLocal(expression, "entries");
            var entry = NewLocal("entry");
            var item = NewLocal("item");
            _writer.WriteLine("writer.WriteStartObject();");
            var source = value.Collection == CollectionKind.ForeachOverInterface ? $"{TypeNames.CsbJson}.AsEntries({dictionary})" : dictionary;
            _writer.OpenBlock($"foreach (var {entry} in {source})");
            _writer.WriteLine($"{TypeNames.CsbJson}.WritePropertyName(writer, {entry}.Key, {scope.TypeName}, {scope.MemberName}, {scope.KeyLocationLiteral});");
            _writer.WriteLine($"var {item} = {entry}.Value;");
            WriteItem(value.Element!, item, scope.DictionaryValue());
            _writer.CloseBlock();
            _writer.WriteLine("writer.WriteEndObject();");
        }

        private static string HasValue(ValueSpec value, string local) => value.IsNullableValueType ? local + ".HasValue" : local + " != null";

        private static string Unwrapped(ValueSpec value, string local) => value.IsNullableValueType ? local + ".Value" : local;

        /// <summary>Returns a local that contains <paramref name="expression"/>, copying it into a new one unless it is a local already.</summary>
        private string AsLocal(string expression, string prefix)
        {
            if (expression.IndexOf('.') < 0)
            {
                return expression;
            }

            var local = NewLocal(prefix);
            _writer.WriteLine($"var {local} = {expression};");
            return local;
        }

        private string NewLocal(string prefix) => prefix + (_locals++).ToString(CultureInfo.InvariantCulture);

        private static Dictionary<string, int> IndexesOf<T>(EquatableArray<T> items, System.Func<T, string> key)
            where T : System.IEquatable<T>
        {
            var indexes = new Dictionary<string, int>();
            for (var i = 0; i < items.Count; i++)
            {
                indexes[key(items[i])] = i;
            }

            return indexes;
        }
    }
}
