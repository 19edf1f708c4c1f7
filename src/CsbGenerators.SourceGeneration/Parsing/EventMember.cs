using Microsoft.CodeAnalysis;
using CsbGenerators.SourceGeneration.Model;

namespace CsbGenerators.SourceGeneration.Parsing
{
    /// <summary>
    /// One member that the serializer writes, of an event type or of a class it contains, as the generator
    /// and the analyzers both see it. It contains symbols, so it lives only inside one transform or one analyzer
    /// action and never in a model.
    /// </summary>
    internal sealed class EventMember
    {
        public EventMember(ISymbol symbol, ITypeSymbol type, string jsonName, AttributeData? nameAttribute, bool writeNull, TypeClassification classification)
        {
            Symbol = symbol;
            Type = type;
            JsonName = jsonName;
            NameAttribute = nameAttribute;
            WriteNull = writeNull;
            Classification = classification;
        }

        /// <summary>The property or field.</summary>
        public ISymbol Symbol { get; }

        public ITypeSymbol Type { get; }

        public string Name => Symbol.Name;

        public string JsonName { get; }

        /// <summary>The <c>[CsbPropertyName]</c> attribute that set <see cref="JsonName"/>, if any.</summary>
        public AttributeData? NameAttribute { get; }

        /// <summary>Whether the member has <c>[CsbWriteNull]</c>, so a null value is written as JSON null.</summary>
        public bool WriteNull { get; }

        public TypeClassification Classification { get; }
    }
}
