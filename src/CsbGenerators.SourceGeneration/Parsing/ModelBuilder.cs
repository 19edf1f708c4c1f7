using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using CsbGenerators.SourceGeneration.Helpers;
using CsbGenerators.SourceGeneration.Model;

namespace CsbGenerators.SourceGeneration.Parsing
{
    /// <summary>
    /// Turns classified members into the equatable model, collecting every enum and nested object type the
    /// values use, each once, in order of first use.
    /// </summary>
    internal sealed class ModelBuilder
    {
        /// <summary>The short name of a nested type for error messages, without the annotation of one particular use.</summary>
        private static readonly SymbolDisplayFormat DisplayFormat = SymbolDisplayFormat.MinimallyQualifiedFormat
            .RemoveMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

        private readonly List<EnumSpec> _enums = new List<EnumSpec>();
        private readonly HashSet<string> _enumNames = new HashSet<string>();
        private readonly List<ObjectSpec?> _objects = new List<ObjectSpec?>();
        private readonly HashSet<string> _objectKeys = new HashSet<string>();

        public EquatableArray<EnumSpec> Enums => _enums.ToEquatableArray();

        public EquatableArray<ObjectSpec> Objects => _objects.Select(o => o!).ToEquatableArray();

        public MemberSpec ToMember(EventMember member)
        {
            return new MemberSpec(
                Identifiers.Escape(member.Name),
                member.Name,
                member.JsonName,
                ToValue(member.Classification),
                member.WriteNull);
        }

        private ValueSpec ToValue(TypeClassification classification)
        {
            string? typeKey = null;
            if (classification.Kind == ValueKind.Enum && classification.EnumType is { } enumType)
            {
                typeKey = AddEnum(enumType);
            }
            else if (classification.Kind == ValueKind.Object && classification.Type is { } objectType)
            {
                typeKey = AddObject(objectType, classification.ObjectMembers!);
            }

            var element = classification.Element is { } inner ? ToValue(inner) : null;
            return new ValueSpec(classification.Kind, classification.IsNullableValueType, classification.IsReferenceType, classification.Collection, element, typeKey);
        }

        private string AddEnum(INamedTypeSymbol enumType)
        {
            var name = enumType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
            if (_enumNames.Add(name))
            {
                _enums.Add(EnumReader.ToSpec(enumType, name));
            }

            return name;
        }

        /// <summary>Adds an object once; the slot is taken before its members are built, so the order is that of first use.</summary>
        private string AddObject(ITypeSymbol type, IReadOnlyList<EventMember> members)
        {
            var key = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
            if (!_objectKeys.Add(key))
            {
                return key;
            }

            var index = _objects.Count;
            _objects.Add(null);
            var display = type.ToDisplayString(DisplayFormat);
            _objects[index] = new ObjectSpec(key, display, members.Select(ToMember).ToEquatableArray());
            return key;
        }
    }
}
