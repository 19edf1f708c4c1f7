using System.Linq;
using Microsoft.CodeAnalysis;
using CsbGenerators.SourceGeneration.Model;

namespace CsbGenerators.SourceGeneration.Parsing
{
    /// <summary>
    /// Decides how each type is written: as a scalar, a collection, a dictionary, a nested object or a
    /// free-form value. It follows element types and object members down the whole type graph.
    /// </summary>
    internal static class TypeClassifier
    {
        public static TypeClassification Classify(ITypeSymbol type, ClassificationContext context)
        {
            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
                && nullable.TypeArguments.Length == 1)
            {
                return ClassifyNonNullable(nullable.TypeArguments[0], context).AsNullableValueType();
            }

            return ClassifyNonNullable(type, context);
        }

        /// <summary>The type as C# error messages show it, such as <c>System.Collections.Generic.List&lt;int&gt;</c>.</summary>
        public static string Display(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat);

        private static TypeClassification ClassifyNonNullable(ITypeSymbol type, ClassificationContext context)
        {
            // A nullable annotation changes nothing about the JSON form, only whether null is possible.
            type = type.WithNullableAnnotation(NullableAnnotation.None);
            if (type.TypeKind == TypeKind.Error)
            {
                return TypeClassification.Unsupported(type, $"{Display(type)} could not be resolved", isUnresolved: true);
            }

            if (ScalarTypes.Classify(type) is { } scalar)
            {
                return scalar;
            }

            switch (type)
            {
                case IArrayTypeSymbol array:
                    return ClassifyArray(array, context);
                case INamedTypeSymbol named when named.TypeKind is TypeKind.Class or TypeKind.Struct or TypeKind.Interface:
                    return ClassifyNamed(named, context);
                default:
                    return TypeClassification.Unsupported(type, $"{Display(type)} is not supported");
            }
        }

        private static TypeClassification ClassifyArray(IArrayTypeSymbol array, ClassificationContext context)
        {
            if (!array.IsSZArray)
            {
                return TypeClassification.Unsupported(array, $"{Display(array)} is a multi-dimensional array, which System.Text.Json does not write either; use an array of arrays");
            }

            if (array.ElementType.SpecialType == SpecialType.System_Byte)
            {
                return TypeClassification.Scalar(ValueKind.Bytes, array);
            }

            return TypeClassification.Container(ValueKind.Collection, array, CollectionKind.Array, Classify(array.ElementType, context));
        }

        /// <summary>Classifies a named type once per walk, and reports a cycle when the type is already open.</summary>
        private static TypeClassification ClassifyNamed(INamedTypeSymbol type, ClassificationContext context)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (context.DescribeCycle(type) is { } cycle)
            {
                return TypeClassification.CycleBack(type, cycle);
            }

            if (context.TryGetDone(type, out var done))
            {
                return done;
            }

            if (context.IsFull)
            {
                return TypeClassification.Unsupported(type, $"{Display(type)} sits more than {ClassificationContext.MaxOpenTypes} types deep");
            }

            context.Open(type);
            var classification = ClassifyNamedCore(type, context);
            context.Close(type, classification);
            return classification;
        }

        private static TypeClassification ClassifyNamedCore(INamedTypeSymbol type, ClassificationContext context)
        {
            if (type.IsRefLikeType)
            {
                return TypeClassification.Unsupported(type, $"{Display(type)} is a ref struct, which cannot be stored in a member that is read later");
            }

            if (CollectionTypes.TryClassify(type, context) is { } collection)
            {
                return collection;
            }

            if (type.TypeKind == TypeKind.Interface)
            {
                return TypeClassification.Unsupported(type, $"{Display(type)} is an interface that is not a collection; declare the member with a class, struct or record type");
            }

            if (IsInSystemNamespace(type))
            {
                return TypeClassification.Unsupported(type, $"{Display(type)} is a framework type that has no JSON form here");
            }

            var members = EventMemberReader.ReadMembers(type, context);
            var display = Display(type);
            if (EventMemberReader.DescribeNameProblem(members) is { } nameProblem)
            {
                return TypeClassification.Unsupported(type, $"in {display}, {nameProblem}");
            }

            return TypeClassification.Object(type, members, display);
        }

        private static bool IsInSystemNamespace(INamedTypeSymbol type)
        {
            var root = type.ContainingNamespace;
            if (root is null || root.IsGlobalNamespace)
            {
                return false;
            }

            while (!root.ContainingNamespace.IsGlobalNamespace)
            {
                root = root.ContainingNamespace;
            }

            return root.Name == "System";
        }

        /// <summary>Whether <paramref name="type"/> is the generic <paramref name="name"/> with <paramref name="arity"/> type arguments in <paramref name="namespaceName"/>.</summary>
        public static bool IsGeneric(INamedTypeSymbol type, string namespaceName, string name, int arity)
        {
            return type.Arity == arity
                && type.Name == name
                && SymbolFacts.IsNamespace(type.ContainingNamespace, namespaceName);
        }

        /// <summary>Whether <paramref name="type"/> is <paramref name="name"/> in <paramref name="namespaceName"/>, or derives from it.</summary>
        public static bool IsOrDerivesFrom(ITypeSymbol type, string namespaceName, string name)
        {
            for (var current = type; current is not null; current = current.BaseType)
            {
                if (current.Name == name && SymbolFacts.IsNamespace(current.ContainingNamespace, namespaceName))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Returns each distinct interface with the given generic definition that <paramref name="type"/> is or implements.</summary>
        public static INamedTypeSymbol[] FindInterfaces(INamedTypeSymbol type, string namespaceName, string name, int arity)
        {
            return new[] { type }.Concat(type.AllInterfaces)
                .Where(candidate => candidate.TypeKind == TypeKind.Interface && IsGeneric(candidate, namespaceName, name, arity))
                .Distinct<INamedTypeSymbol>(SymbolEqualityComparer.Default)
                .ToArray();
        }
    }
}
