using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using CsbGenerators.Naming;
using CsbGenerators.SourceGeneration.Helpers;
using CsbGenerators.SourceGeneration.Model;

namespace CsbGenerators.SourceGeneration.Parsing
{
    /// <summary>
    /// Reads an enum's values and their JSON names, as System.Text.Json's string enum converter with
    /// <c>SnakeCaseLower</c> names them: the snake_case of the field name, or the name a
    /// <c>[CsbPropertyName]</c> on the field sets.
    /// </summary>
    internal static class EnumReader
    {
        /// <summary>Describes a field whose JSON name is blank or invalid UTF-16, or returns <see langword="null"/>.</summary>
        public static string? DescribeNameProblem(INamedTypeSymbol enumType)
        {
            foreach (var field in ConstantFields(enumType))
            {
                if (!EventTypeShape.IsValidName(JsonNameOf(field)))
                {
                    return $"{TypeClassifier.Display(enumType)}.{field.Name} has a blank or invalid JSON name";
                }
            }

            return null;
        }

        public static EnumSpec ToSpec(INamedTypeSymbol enumType)
        {
            var unsigned = enumType.EnumUnderlyingType?.SpecialType is SpecialType.System_Byte or SpecialType.System_UInt16 or SpecialType.System_UInt32 or SpecialType.System_UInt64;
            var seenBits = new HashSet<ulong>();
            var members = new List<EnumMemberSpec>();
            foreach (var field in ConstantFields(enumType))
            {
                var bits = ToBits(field.ConstantValue!, unsigned);
                if (seenBits.Add(bits))
                {
                    members.Add(new EnumMemberSpec(Identifiers.Escape(field.Name), JsonNameOf(field)!, bits));
                }
            }

            // System.Text.Json combines flag names in ascending order of the value's bits; OrderBy is stable.
            var ordered = members.OrderBy(m => m.Bits).ToEquatableArray();
            var isFlags = enumType.GetAttributes().Any(a => a.AttributeClass is { Name: "FlagsAttribute" } flags && flags.ContainingNamespace?.ToDisplayString() == "System");
            var fullName = enumType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
            return new EnumSpec(fullName, unsigned ? "ulong" : "long", isFlags, ordered);
        }

        private static IEnumerable<IFieldSymbol> ConstantFields(INamedTypeSymbol enumType)
        {
            return enumType.GetMembers().OfType<IFieldSymbol>().Where(f => f.HasConstantValue && f.ConstantValue is not null);
        }

        private static string? JsonNameOf(IFieldSymbol field)
        {
            var nameAttribute = EventMemberReader.FindAttribute(field, KnownAttributes.PropertyName);
            return nameAttribute is null ? SnakeCaseNaming.Convert(field.Name) : nameAttribute.ConstructorArguments.FirstOrDefault().Value as string;
        }

        /// <summary>A value's bits with signed values sign-extended, which keeps the order System.Text.Json sorts them in.</summary>
        private static ulong ToBits(object value, bool unsigned)
        {
            return unsigned
                ? Convert.ToUInt64(value, CultureInfo.InvariantCulture)
                : unchecked((ulong)Convert.ToInt64(value, CultureInfo.InvariantCulture));
        }
    }
}
