using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis;
using CsbGenerators.SourceGeneration.Model;

namespace CsbGenerators.SourceGeneration.Parsing
{
    /// <summary>
    /// How a type maps to a JSON value, down to the element types of its collections and the members of the
    /// objects it contains. It contains symbols, so it lives only inside one transform or analyzer action.
    /// </summary>
    /// <remarks>
    /// A problem anywhere inside the type shows at the top: <see cref="Kind"/> is
    /// <see cref="ValueKind.Unsupported"/> with <see cref="UnsupportedReason"/> when some part cannot be
    /// written, and <see cref="Cycle"/> is set when some object contains itself.
    /// </remarks>
    internal sealed class TypeClassification
    {
        public TypeClassification(ValueKind kind, bool isNullableValueType, INamedTypeSymbol? enumType)
        {
            Kind = kind;
            IsNullableValueType = isNullableValueType;
            EnumType = enumType;
            Height = 1;
        }

        public ValueKind Kind { get; private set; }

        /// <summary>Whether the type is <c>Nullable&lt;T&gt;</c>; the other properties describe the <c>T</c>.</summary>
        public bool IsNullableValueType { get; private set; }

        public INamedTypeSymbol? EnumType { get; }

        /// <summary>The type described, without its <c>Nullable&lt;T&gt;</c>.</summary>
        public ITypeSymbol? Type { get; private set; }

        public bool IsReferenceType => Type is { IsReferenceType: true };

        public CollectionKind Collection { get; private set; }

        /// <summary>The element of a collection, or the value of a dictionary.</summary>
        public TypeClassification? Element { get; private set; }

        /// <summary>The members of a nested object, when <see cref="Kind"/> is <see cref="ValueKind.Object"/>.</summary>
        public IReadOnlyList<EventMember>? ObjectMembers { get; private set; }

        /// <summary>
        /// Why the type cannot be written, as a clause that names the part at fault, such as
        /// <c>in Holder.Data, System.IO.Stream is a framework type that has no JSON form here</c>, when
        /// <see cref="Kind"/> is <see cref="ValueKind.Unsupported"/>.
        /// </summary>
        public string? UnsupportedReason { get; private set; }

        /// <summary>
        /// Whether the unsupported part is a type that does not resolve, as while it is still being typed. The
        /// compiler reports that already, so the analyzers do not.
        /// </summary>
        public bool IsUnresolved { get; private set; }

        /// <summary>The chain of types that leads back to a type already being written, such as <c>Category -> List&lt;Category&gt; -> Category</c>.</summary>
        public string? Cycle { get; private set; }

        /// <summary>How many JSON levels a value of the type can span: 1 for a scalar, one more per container.</summary>
        public int Height { get; private set; }

        public static TypeClassification Scalar(ValueKind kind, ITypeSymbol type, INamedTypeSymbol? enumType = null)
        {
            return new TypeClassification(kind, false, enumType) { Type = type };
        }

        public static TypeClassification Unsupported(ITypeSymbol? type, string reason, bool isUnresolved = false)
        {
            return new TypeClassification(ValueKind.Unsupported, false, null) { Type = type, UnsupportedReason = reason, IsUnresolved = isUnresolved };
        }

        /// <summary>A collection or dictionary; a problem in its element becomes its own.</summary>
        public static TypeClassification Container(ValueKind kind, ITypeSymbol type, CollectionKind collection, TypeClassification element)
        {
            if (element.Kind == ValueKind.Unsupported)
            {
                return Unsupported(type, element.UnsupportedReason!, element.IsUnresolved);
            }

            return new TypeClassification(kind, false, null)
            {
                Type = type,
                Collection = collection,
                Element = element,
                Cycle = element.Cycle,
                Height = element.Height + 1,
            };
        }

        /// <summary>A nested object; the first problem among its members becomes its own, prefixed with the member.</summary>
        public static TypeClassification Object(ITypeSymbol type, IReadOnlyList<EventMember> members, string typeDisplay)
        {
            var height = 0;
            string? cycle = null;
            foreach (var member in members)
            {
                var classification = member.Classification;
                if (classification.Kind == ValueKind.Unsupported)
                {
                    return Unsupported(type, $"in {typeDisplay}.{member.Name}, {classification.UnsupportedReason}", classification.IsUnresolved);
                }

                cycle ??= classification.Cycle;
                height = System.Math.Max(height, classification.Height);
            }

            return new TypeClassification(ValueKind.Object, false, null)
            {
                Type = type,
                ObjectMembers = members,
                Cycle = cycle,
                Height = height + 1,
            };
        }

        /// <summary>An object type met again while its own members are being read.</summary>
        public static TypeClassification CycleBack(ITypeSymbol type, string cycle)
        {
            return new TypeClassification(ValueKind.Object, false, null) { Type = type, Cycle = cycle, ObjectMembers = new List<EventMember>() };
        }

        /// <summary>Returns this classification as the <c>T</c> of a <c>Nullable&lt;T&gt;</c>.</summary>
        public TypeClassification AsNullableValueType()
        {
            var copy = (TypeClassification)MemberwiseClone();
            copy.IsNullableValueType = Kind != ValueKind.Unsupported;
            return copy;
        }

        /// <summary>Returns this classification rejected for nesting past the depth limit.</summary>
        public TypeClassification TooDeep(int maxDepth)
        {
            return Unsupported(Type, $"a value of this type nests deeper than {maxDepth.ToString(CultureInfo.InvariantCulture)} levels, counting the traits or properties object as the first, which System.Text.Json also rejects");
        }
    }
}
