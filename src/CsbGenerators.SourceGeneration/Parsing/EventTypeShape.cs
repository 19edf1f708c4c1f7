using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using CsbGenerators.SourceGeneration.Model;

namespace CsbGenerators.SourceGeneration.Parsing
{
    /// <summary>Checks on the event type itself: its kind attributes, its shape and its partial declarations.</summary>
    internal static class EventTypeShape
    {
        /// <summary>Returns every kind attribute on the type, in source order.</summary>
        public static List<(EventKind Kind, AttributeData Attribute)> ReadKinds(INamedTypeSymbol type)
        {
            var kinds = new List<(EventKind, AttributeData)>();
            foreach (var attribute in type.GetAttributes())
            {
                if (KnownAttributes.KindOf(attribute.AttributeClass) is { } kind)
                {
                    kinds.Add((kind, attribute));
                }
            }

            return kinds;
        }

        /// <summary>
        /// Describes why the generator cannot extend the type, or returns <see langword="null"/> when it can: a
        /// class, struct, record or record struct that is not generic, abstract, static or a ref struct.
        /// </summary>
        public static string? DescribeUnsupportedShape(INamedTypeSymbol type)
        {
            if (type.TypeKind == TypeKind.Interface)
            {
                return "an interface";
            }

            if (type.TypeKind != TypeKind.Class && type.TypeKind != TypeKind.Struct)
            {
                return "not a class or struct";
            }

            if (type.TypeParameters.Length > 0)
            {
                return "a generic type definition";
            }

            if (type.IsStatic)
            {
                return "a static class";
            }

            if (type.IsAbstract)
            {
                return "an abstract class";
            }

            if (type.IsRefLikeType)
            {
                return "a ref struct";
            }

            // The generated part lives in a file of its own, which cannot extend a type that is local to another file.
            for (var current = type; current is not null; current = current.ContainingType)
            {
                if (current.IsFileLocal)
                {
                    return ReferenceEquals(current, type) ? "a file-local type" : "nested in a file-local type";
                }
            }

            return null;
        }

        /// <summary>Returns the type or containing type that is declared without <c>partial</c>, or <see langword="null"/>.</summary>
        public static INamedTypeSymbol? FindNonPartial(INamedTypeSymbol type)
        {
            for (var current = type; current is not null; current = current.ContainingType)
            {
                if (!IsPartial(current))
                {
                    return current;
                }
            }

            return null;
        }

        public static bool IsPartial(INamedTypeSymbol type)
        {
            var references = type.DeclaringSyntaxReferences;
            return references.Length > 0 && references.All(r =>
                r.GetSyntax() is TypeDeclarationSyntax declaration
                && declaration.Modifiers.Any(SyntaxKind.PartialKeyword));
        }

        /// <summary>The keyword that re-declares the type: <c>class</c>, <c>struct</c>, <c>record</c>, <c>record struct</c> or <c>interface</c>.</summary>
        public static string KeywordOf(INamedTypeSymbol type)
        {
            if (type.IsRecord)
            {
                return type.TypeKind == TypeKind.Struct ? "record struct" : "record";
            }

            return type.TypeKind switch
            {
                TypeKind.Struct => "struct",
                TypeKind.Interface => "interface",
                _ => "class",
            };
        }

        /// <summary>Reads a string constructor argument, or <see langword="null"/> when it is missing or not a string.</summary>
        public static string? ReadConstructorString(AttributeData attribute, int index)
        {
            return attribute.ConstructorArguments.Length > index
                && attribute.ConstructorArguments[index].Kind == TypedConstantKind.Primitive
                ? attribute.ConstructorArguments[index].Value as string
                : null;
        }

        /// <summary>Reads a string named argument, or <see langword="null"/> when it is not set.</summary>
        public static string? ReadNamedString(AttributeData attribute, string name)
        {
            foreach (var argument in attribute.NamedArguments)
            {
                if (argument.Key == name && argument.Value.Kind == TypedConstantKind.Primitive)
                {
                    return argument.Value.Value as string;
                }
            }

            return null;
        }

        /// <summary>Whether a name is usable: not null, not blank, and valid UTF-16 (no lone surrogate).</summary>
        public static bool IsValidName(string? name)
        {
            if (name is null || string.IsNullOrWhiteSpace(name))
            {
                return false;
            }

            for (var i = 0; i < name.Length; i++)
            {
                if (char.IsHighSurrogate(name[i]))
                {
                    if (i + 1 >= name.Length || !char.IsLowSurrogate(name[i + 1]))
                    {
                        return false;
                    }

                    i++;
                }
                else if (char.IsLowSurrogate(name[i]))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
