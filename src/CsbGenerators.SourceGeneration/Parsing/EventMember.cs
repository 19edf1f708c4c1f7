using Microsoft.CodeAnalysis;
using CsbGenerators.SourceGeneration.Model;

namespace CsbGenerators.SourceGeneration.Parsing
{
    /// <summary>
    /// One member that the serializer writes, as the generator and the analyzers both see it. It holds
    /// symbols, so it lives only inside one transform or one analyzer action and never in a model.
    /// </summary>
    internal sealed class EventMember
    {
        public EventMember(ISymbol symbol, ITypeSymbol type, string jsonName, AttributeData? nameAttribute, TypeClassification classification)
        {
            Symbol = symbol;
            Type = type;
            JsonName = jsonName;
            NameAttribute = nameAttribute;
            Classification = classification;
        }

        /// <summary>The property or field.</summary>
        public ISymbol Symbol { get; }

        public ITypeSymbol Type { get; }

        public string Name => Symbol.Name;

        public string JsonName { get; }

        /// <summary>The <c>[CsbPropertyName]</c> attribute that set <see cref="JsonName"/>, if any.</summary>
        public AttributeData? NameAttribute { get; }

        public TypeClassification Classification { get; }
    }

    /// <summary>How a member type maps to a JSON value.</summary>
    internal readonly struct TypeClassification
    {
        public TypeClassification(ValueKind kind, bool isNullableValueType, INamedTypeSymbol? enumType)
        {
            Kind = kind;
            IsNullableValueType = isNullableValueType;
            EnumType = enumType;
        }

        public ValueKind Kind { get; }

        public bool IsNullableValueType { get; }

        public INamedTypeSymbol? EnumType { get; }
    }
}
