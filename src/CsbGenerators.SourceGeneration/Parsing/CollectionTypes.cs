using System.Linq;
using Microsoft.CodeAnalysis;
using CsbGenerators.SourceGeneration.Model;

namespace CsbGenerators.SourceGeneration.Parsing
{
    /// <summary>
    /// Recognizes the named collection and dictionary types: <c>List&lt;T&gt;</c>, <c>ImmutableArray&lt;T&gt;</c>,
    /// any other <c>IEnumerable&lt;T&gt;</c>, and any string-keyed <c>IDictionary&lt;TKey, TValue&gt;</c> or
    /// <c>IReadOnlyDictionary&lt;TKey, TValue&gt;</c>. Arrays are classified by <see cref="TypeClassifier"/>.
    /// </summary>
    internal static class CollectionTypes
    {
        private const string GenericCollections = "System.Collections.Generic";

        /// <summary>Returns the classification of a collection or dictionary type, or <see langword="null"/> for any other type.</summary>
        public static TypeClassification? TryClassify(INamedTypeSymbol type, ClassificationContext context)
        {
            if (TypeClassifier.IsGeneric(type, "System.Collections.Immutable", "ImmutableArray", 1))
            {
                return Collection(type, CollectionKind.ImmutableArray, type.TypeArguments[0], context);
            }

            if (TypeClassifier.IsGeneric(type, GenericCollections, "List", 1))
            {
                return Collection(type, CollectionKind.List, type.TypeArguments[0], context);
            }

            // A dictionary is also a sequence of pairs, so it is recognized first.
            var dictionaries = TypeClassifier.FindInterfaces(type, GenericCollections, "IDictionary", 2)
                .Concat(TypeClassifier.FindInterfaces(type, GenericCollections, "IReadOnlyDictionary", 2))
                .ToArray();
            if (dictionaries.Length > 0)
            {
                return Dictionary(type, dictionaries[0], context);
            }

            var sequences = TypeClassifier.FindInterfaces(type, GenericCollections, "IEnumerable", 1);
            if (sequences.Length > 1)
            {
                return TypeClassification.Unsupported(type, $"{TypeClassifier.Display(type)} is a sequence of more than one element type");
            }

            if (sequences.Length == 1)
            {
                var element = sequences[0].TypeArguments[0];
                return Collection(type, EnumeratorYields(type, element) ? CollectionKind.Foreach : CollectionKind.ForeachOverInterface, element, context);
            }

            if (type.AllInterfaces.Any(i => i.Name == "IEnumerable" && SymbolFacts.IsNamespace(i.ContainingNamespace, "System.Collections")))
            {
                return TypeClassification.Unsupported(type, $"{TypeClassifier.Display(type)} is a collection without an element type; use an IEnumerable<T>");
            }

            return null;
        }

        private static TypeClassification Collection(INamedTypeSymbol type, CollectionKind kind, ITypeSymbol element, ClassificationContext context)
        {
            return TypeClassification.Container(ValueKind.Collection, type, kind, TypeClassifier.Classify(element, context));
        }

        private static TypeClassification Dictionary(INamedTypeSymbol type, INamedTypeSymbol dictionary, ClassificationContext context)
        {
            var key = dictionary.TypeArguments[0];
            if (key.SpecialType != SpecialType.System_String)
            {
                return TypeClassification.Unsupported(type, $"{TypeClassifier.Display(type)} has keys of type {TypeClassifier.Display(key)}; JSON object keys are strings, so use string keys");
            }

            var value = dictionary.TypeArguments[1];
            var entry = dictionary.AllInterfaces
                .First(i => TypeClassifier.IsGeneric(i, GenericCollections, "IEnumerable", 1))
                .TypeArguments[0];
            var kind = EnumeratorYields(type, entry) ? CollectionKind.Foreach : CollectionKind.ForeachOverInterface;
            return TypeClassification.Container(ValueKind.Dictionary, type, kind, TypeClassifier.Classify(value, context));
        }

        /// <summary>
        /// Whether <c>foreach</c> over the type itself yields <paramref name="element"/>: an interface binds to its
        /// <c>IEnumerable&lt;T&gt;</c>, and a class or struct needs a public <c>GetEnumerator()</c> whose
        /// <c>Current</c> has that type.
        /// </summary>
        private static bool EnumeratorYields(INamedTypeSymbol type, ITypeSymbol element)
        {
            if (type.TypeKind == TypeKind.Interface)
            {
                return true;
            }

            for (var current = type; current is not null; current = current.BaseType)
            {
                var getEnumerator = current.GetMembers("GetEnumerator").OfType<IMethodSymbol>()
                    .FirstOrDefault(m => !m.IsStatic && m.Parameters.Length == 0 && m.DeclaredAccessibility == Accessibility.Public);
                if (getEnumerator is null)
                {
                    continue;
                }

                var currentProperty = getEnumerator.ReturnType.GetMembers("Current").OfType<IPropertySymbol>().FirstOrDefault();
                return currentProperty is not null && SymbolEqualityComparer.Default.Equals(currentProperty.Type, element);
            }

            return false;
        }
    }
}
