using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using CsbGenerators.SourceGeneration.Model;

namespace CsbGenerators.SourceGeneration.Parsing
{
    /// <summary>
    /// Finds the members an event type serializes and their JSON names. The generator and the analyzers
    /// both call this, so they always agree.
    /// </summary>
    /// <remarks>
    /// A member counts when it is a public instance property with a public getter, or a public instance
    /// field, declared on the type or a base type, not an indexer, and not marked <c>[CsbIgnore]</c>. A member
    /// that a derived type overrides or hides is read once, from the derived type.
    /// </remarks>
    internal static class EventMemberReader
    {
        /// <summary>The supported types, as the unsupported-member-type diagnostic lists them.</summary>
        public const string SupportedTypesText = "string, bool, sbyte, byte, short, ushort, int, uint, long, ulong, float, double, decimal, DateTime, DateTimeOffset, Guid, an enum, or a Nullable<T> of one of these";

        public static List<EventMember> Read(INamedTypeSymbol type, CancellationToken cancellationToken)
        {
            var hierarchy = new List<INamedTypeSymbol>();
            for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
            {
                if (current.TypeKind == TypeKind.Error)
                {
                    break;
                }

                hierarchy.Add(current);
            }

            var seen = new HashSet<string>();
            var perType = new List<List<EventMember>>();
            foreach (var declaringType in hierarchy)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var members = new List<EventMember>();
                foreach (var symbol in declaringType.GetMembers())
                {
                    // The most derived declaration of a name wins; overrides and hiding members come first.
                    if (!IsSerializable(symbol, out var memberType) || !seen.Add(symbol.Name))
                    {
                        continue;
                    }

                    if (HasAttribute(symbol, KnownAttributes.Ignore))
                    {
                        continue;
                    }

                    var nameAttribute = FindAttribute(symbol, KnownAttributes.PropertyName);
                    var jsonName = ReadJsonName(nameAttribute) ?? SnakeCaseNaming.Convert(symbol.Name);
                    members.Add(new EventMember(symbol, memberType!, jsonName, nameAttribute, Classify(memberType!)));
                }

                perType.Add(members);
            }

            // Declaration order, base types first.
            perType.Reverse();
            return perType.SelectMany(m => m).ToList();
        }

        public static TypeClassification Classify(ITypeSymbol type)
        {
            var isNullable = false;
            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
                && nullable.TypeArguments.Length == 1)
            {
                isNullable = true;
                type = nullable.TypeArguments[0];
            }

            if (type.TypeKind == TypeKind.Enum && type is INamedTypeSymbol enumType)
            {
                return new TypeClassification(ValueKind.Enum, isNullable, enumType);
            }

            var kind = type.SpecialType switch
            {
                SpecialType.System_String => ValueKind.String,
                SpecialType.System_Boolean => ValueKind.Boolean,
                SpecialType.System_SByte or SpecialType.System_Int16 or SpecialType.System_Int32 => ValueKind.Int32,
                SpecialType.System_Byte or SpecialType.System_UInt16 or SpecialType.System_UInt32 => ValueKind.UInt32,
                SpecialType.System_Int64 => ValueKind.Int64,
                SpecialType.System_UInt64 => ValueKind.UInt64,
                SpecialType.System_Single => ValueKind.Single,
                SpecialType.System_Double => ValueKind.Double,
                SpecialType.System_Decimal => ValueKind.Decimal,
                SpecialType.System_DateTime => ValueKind.DateTime,
                _ => ClassifyByName(type),
            };

            // A nullable string is a reference type; Nullable<T> only wraps value types.
            return new TypeClassification(kind, isNullable, null);
        }

        private static ValueKind ClassifyByName(ITypeSymbol type)
        {
            if (type.ContainingNamespace is { Name: "System" } ns && ns.ContainingNamespace.IsGlobalNamespace)
            {
                switch (type.MetadataName)
                {
                    case "DateTimeOffset":
                        return ValueKind.DateTimeOffset;
                    case "Guid":
                        return ValueKind.Guid;
                }
            }

            return ValueKind.Unsupported;
        }

        private static bool IsSerializable(ISymbol symbol, out ITypeSymbol? type)
        {
            type = null;
            if (symbol.IsStatic || symbol.IsImplicitlyDeclared || symbol.DeclaredAccessibility != Accessibility.Public)
            {
                return false;
            }

            switch (symbol)
            {
                case IPropertySymbol property when !property.IsIndexer
                    && property.GetMethod is { DeclaredAccessibility: Accessibility.Public }:
                    type = property.Type;
                    return true;
                case IFieldSymbol field when !field.IsConst:
                    type = field.Type;
                    return true;
                default:
                    return false;
            }
        }

        private static bool HasAttribute(ISymbol member, string name)
        {
            return FindAttribute(member, name) is not null;
        }

        /// <summary>
        /// Finds an attribute on the member or, for a positional record's property, on its primary
        /// constructor parameter, where <c>record R([CsbIgnore] string X)</c> puts it.
        /// </summary>
        public static AttributeData? FindAttribute(ISymbol member, string name)
        {
            foreach (var attribute in member.GetAttributes())
            {
                if (KnownAttributes.Is(attribute.AttributeClass, name))
                {
                    return attribute;
                }
            }

            if (member is not IPropertySymbol || !member.ContainingType.IsRecord)
            {
                return null;
            }

            foreach (var constructor in member.ContainingType.InstanceConstructors)
            {
                foreach (var parameter in constructor.Parameters)
                {
                    if (parameter.Name != member.Name)
                    {
                        continue;
                    }

                    foreach (var attribute in parameter.GetAttributes())
                    {
                        if (KnownAttributes.Is(attribute.AttributeClass, name))
                        {
                            return attribute;
                        }
                    }
                }
            }

            return null;
        }

        private static string? ReadJsonName(AttributeData? attribute)
        {
            if (attribute is null || attribute.ConstructorArguments.Length != 1)
            {
                return null;
            }

            return attribute.ConstructorArguments[0].Value as string;
        }
    }
}
