using Microsoft.CodeAnalysis;
using CsbGenerators.SourceGeneration.Model;

namespace CsbGenerators.SourceGeneration.Parsing
{
    /// <summary>The types written as one JSON token, or passed through as JSON: primitives, dates, enums, JSON types and <c>object</c>.</summary>
    internal static class ScalarTypes
    {
        /// <summary>Returns the classification of a scalar type, or <see langword="null"/> for any other type.</summary>
        public static TypeClassification? Classify(ITypeSymbol type)
        {
            if (type.TypeKind == TypeKind.Enum && type is INamedTypeSymbol enumType)
            {
                return EnumReader.DescribeNameProblem(enumType) is { } problem
                    ? TypeClassification.Unsupported(type, problem)
                    : TypeClassification.Scalar(ValueKind.Enum, type, enumType);
            }

            var kind = ClassifySpecial(type.SpecialType) ?? ClassifyByName(type);
            return kind is { } value ? TypeClassification.Scalar(value, type) : null;
        }

        private static ValueKind? ClassifySpecial(SpecialType specialType)
        {
            switch (specialType)
            {
                case SpecialType.System_String:
                    return ValueKind.String;
                case SpecialType.System_Char:
                    return ValueKind.Char;
                case SpecialType.System_Boolean:
                    return ValueKind.Boolean;
                case SpecialType.System_SByte:
                case SpecialType.System_Int16:
                case SpecialType.System_Int32:
                    return ValueKind.Int32;
                case SpecialType.System_Byte:
                case SpecialType.System_UInt16:
                case SpecialType.System_UInt32:
                    return ValueKind.UInt32;
                case SpecialType.System_Int64:
                case SpecialType.System_IntPtr:
                    return ValueKind.Int64;
                case SpecialType.System_UInt64:
                case SpecialType.System_UIntPtr:
                    return ValueKind.UInt64;
                case SpecialType.System_Single:
                    return ValueKind.Single;
                case SpecialType.System_Double:
                    return ValueKind.Double;
                case SpecialType.System_Decimal:
                    return ValueKind.Decimal;
                case SpecialType.System_DateTime:
                    return ValueKind.DateTime;
                case SpecialType.System_Object:
                    return ValueKind.FreeForm;
                default:
                    return null;
            }
        }

        private static ValueKind? ClassifyByName(ITypeSymbol type)
        {
            if (SymbolFacts.IsNamespace(type.ContainingNamespace, "System"))
            {
                switch (type.MetadataName)
                {
                    case "DateTimeOffset":
                        return ValueKind.DateTimeOffset;
                    case "Guid":
                        return ValueKind.Guid;
                    case "DateOnly":
                        return ValueKind.DateOnly;
                    case "TimeOnly":
                        return ValueKind.TimeOnly;
                    case "TimeSpan":
                        return ValueKind.TimeSpan;
                    case "Uri":
                        return ValueKind.Uri;
                }
            }

            if (type.MetadataName == "JsonElement" && SymbolFacts.IsNamespace(type.ContainingNamespace, "System.Text.Json"))
            {
                return ValueKind.JsonElement;
            }

            // JsonObject, JsonArray and JsonValue derive from JsonNode and are written the same way.
            if (TypeClassifier.IsOrDerivesFrom(type, "System.Text.Json.Nodes", "JsonNode"))
            {
                return ValueKind.JsonNode;
            }

            return null;
        }
    }
}
