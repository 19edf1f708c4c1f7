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

        /// <summary>Builds the enum's model; <paramref name="fullName"/> is its fully qualified name, which the caller already built as its key.</summary>
        public static EnumSpec ToSpec(INamedTypeSymbol enumType, string fullName)
        {
            var underlying = enumType.EnumUnderlyingType?.SpecialType ?? SpecialType.System_Int32;
            var unsigned = underlying is SpecialType.System_Byte or SpecialType.System_UInt16 or SpecialType.System_UInt32 or SpecialType.System_UInt64;
            var width = WidthOf(underlying);
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

            // Flag combinations are named in the order the fields are tried; OrderBy is stable for aliases.
            var ordered = members
                .OrderByDescending(m => EnumFlagOrder.BitCount(m.Bits, width))
                .ThenBy(m => EnumFlagOrder.ValueOrderKey(m.Bits, unsigned))
                .ToEquatableArray();
            var isFlags = SymbolFacts.MayHaveAttributes(enumType)
                && enumType.GetAttributes().Any(a => a.AttributeClass is { Name: "FlagsAttribute" } flags && SymbolFacts.IsNamespace(flags.ContainingNamespace, "System"));
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

        private static int WidthOf(SpecialType underlying)
        {
            switch (underlying)
            {
                case SpecialType.System_Byte:
                case SpecialType.System_SByte:
                    return 8;
                case SpecialType.System_Int16:
                case SpecialType.System_UInt16:
                    return 16;
                case SpecialType.System_Int64:
                case SpecialType.System_UInt64:
                    return 64;
                default:
                    return 32;
            }
        }

        /// <summary>A value's bits, with signed values sign-extended to 64 bits as generated code extends them.</summary>
        private static ulong ToBits(object value, bool unsigned)
        {
            return unsigned
                ? Convert.ToUInt64(value, CultureInfo.InvariantCulture)
                : unchecked((ulong)Convert.ToInt64(value, CultureInfo.InvariantCulture));
        }
    }
}
