using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using CsbGenerators.Naming;
using CsbGenerators.SourceGeneration.Model;

namespace CsbGenerators.SourceGeneration.Parsing
{
    /// <summary>
    /// Finds the members an event type serializes, their JSON names and how their types are written. The
    /// generator and the analyzers both call this, so they always agree.
    /// </summary>
    /// <remarks>
    /// A member counts when it is a public instance property with a public getter, or a public instance
    /// field, declared on the type or a base type, not an indexer, and not marked <c>[CsbIgnore]</c>. A member
    /// that a derived type overrides or hides is read once, from the derived type. The same rules hold for the
    /// classes, structs and records an event contains.
    /// </remarks>
    internal static class EventMemberReader
    {
        /// <summary>The deepest level a value may sit on, counting the traits or properties object as level 1, as at run time.</summary>
        public const int MaxDepth = 64;

        /// <summary>The supported types, as the unsupported-member-type diagnostic lists them.</summary>
        public const string SupportedTypesText = "string, char, bool, an integral type (sbyte to ulong, nint, nuint), float, double, decimal, DateTime, DateTimeOffset, DateOnly, TimeOnly, TimeSpan, Guid, Uri, byte[], an enum, JsonElement, JsonNode, object (written by its runtime type), an array, List<T>, ImmutableArray<T> or other IEnumerable<T> of these, a dictionary with string keys and values of these, a class, struct or record whose public members are these, or a Nullable<T> of a value type among these";

        /// <summary>
        /// Reads the members of an event type, following their types through collections and nested objects,
        /// and rejects a member whose values would nest past the depth limit.
        /// </summary>
        public static List<EventMember> Read(INamedTypeSymbol type, CancellationToken cancellationToken)
        {
            var context = new ClassificationContext(cancellationToken);
            context.Open(type);
            var members = ReadMembers(type, context);
            for (var i = 0; i < members.Count; i++)
            {
                // The traits or properties object is level 1, so a member's values may span 63 more levels.
                var member = members[i];
                if (member.Classification.Kind != ValueKind.Unsupported && member.Classification.Height >= MaxDepth)
                {
                    members[i] = new EventMember(member.Symbol, member.Type, member.JsonName, member.NameAttribute, member.WriteNull, member.Classification.TooDeep(MaxDepth));
                }
            }

            return members;
        }

        /// <summary>Classifies one type on its own, as the analyzers do for a single member.</summary>
        public static TypeClassification Classify(ITypeSymbol type)
        {
            return TypeClassifier.Classify(type, new ClassificationContext(CancellationToken.None));
        }

        /// <summary>Reads the members of an event type or of a class, struct or record it contains.</summary>
        public static List<EventMember> ReadMembers(INamedTypeSymbol type, ClassificationContext context)
        {
            var hierarchy = new List<INamedTypeSymbol>();
            for (var current = type; current is not null && current.SpecialType is not (SpecialType.System_Object or SpecialType.System_ValueType); current = current.BaseType)
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
                context.CancellationToken.ThrowIfCancellationRequested();
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
                    var writeNull = HasAttribute(symbol, KnownAttributes.WriteNull);
                    members.Add(new EventMember(symbol, memberType!, jsonName, nameAttribute, writeNull, TypeClassifier.Classify(memberType!, context)));
                }

                perType.Add(members);
            }

            // Declaration order, base types first.
            perType.Reverse();
            return perType.SelectMany(m => m).ToList();
        }

        /// <summary>Describes a blank, invalid or repeated JSON name among the members, without a final period, or returns <see langword="null"/>.</summary>
        public static string? DescribeNameProblem(IReadOnlyList<EventMember> members)
        {
            var seen = new HashSet<string>();
            foreach (var member in members)
            {
                if (!EventTypeShape.IsValidName(member.JsonName))
                {
                    return $"member {member.Name} has a blank or invalid JSON name";
                }

                if (!seen.Add(member.JsonName))
                {
                    return $"two members map to the JSON name '{member.JsonName}'";
                }
            }

            return null;
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
            if (SymbolFacts.MayHaveAttributes(member))
            {
                foreach (var attribute in member.GetAttributes())
                {
                    if (KnownAttributes.Is(attribute.AttributeClass, name))
                    {
                        return attribute;
                    }
                }
            }

            return member is IPropertySymbol && member.ContainingType.IsRecord ? FindParameterAttribute(member, name) : null;
        }

        /// <summary>Finds the attribute on the primary constructor parameter that declares a positional record's property.</summary>
        private static AttributeData? FindParameterAttribute(ISymbol member, string name)
        {
            foreach (var constructor in member.ContainingType.InstanceConstructors)
            {
                foreach (var parameter in constructor.Parameters)
                {
                    if (parameter.Name != member.Name || !SymbolFacts.MayHaveAttributes(parameter))
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
