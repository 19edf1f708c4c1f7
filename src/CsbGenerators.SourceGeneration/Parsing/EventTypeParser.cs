using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using CsbGenerators.SourceGeneration.Helpers;
using CsbGenerators.SourceGeneration.Model;

namespace CsbGenerators.SourceGeneration.Parsing
{
    /// <summary>
    /// Turns an attributed type into an <see cref="EventTypeSpec"/>. Types the generator cannot extend
    /// (conflicting kinds, an unsupported shape, a missing <c>partial</c>) give <see langword="null"/>; types it
    /// can extend but not serialize get a spec with <see cref="EventTypeSpec.InvalidReason"/>, so user code
    /// still compiles and the analyzer reports the cause.
    /// </summary>
    internal static class EventTypeParser
    {
        public const string AccountIdJsonName = "account_id";
        public const string UserIdJsonName = "user_id";
        public const string ProductIdJsonName = "product_id";
        public const string ModuleIdJsonName = "module_id";
        public const string TotalJsonName = "total";

        public static EventTypeSpec? Parse(INamedTypeSymbol type, LanguageVersion languageVersion, CancellationToken cancellationToken)
        {
            var kinds = EventTypeShape.ReadKinds(type);
            if (kinds.Count != 1
                || EventTypeShape.DescribeUnsupportedShape(type) is not null
                || EventTypeShape.FindNonPartial(type) is not null)
            {
                return null;
            }

            var (kind, attribute) = kinds[0];
            string? eventName = null;
            string? product = null;
            string? module = null;
            if (kind == EventKind.Track)
            {
                eventName = EventTypeShape.ReadConstructorString(attribute, 0);
                product = EventTypeShape.ReadNamedString(attribute, "Product");
                module = EventTypeShape.ReadNamedString(attribute, "Module");
            }
            else if (kind == EventKind.Page)
            {
                eventName = EventTypeShape.ReadConstructorString(attribute, 0);
            }

            cancellationToken.ThrowIfCancellationRequested();
            var displayName = DisplayNameOf(type);
            var namespaceName = type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() : null;
            var members = EventMemberReader.Read(type, cancellationToken);
            var invalidReason = FindInvalidReason(kind, eventName, product, module, members);
            var model = new ModelBuilder();
            var specs = invalidReason is null
                ? OrderIdsFirst(members).Select(model.ToMember).ToEquatableArray()
                : EquatableArray<MemberSpec>.Empty;

            return new EventTypeSpec
            {
                HintName = HintNames.For(type, namespaceName),
                Namespace = namespaceName,
                ContainingTypes = ContainingTypesOf(type),
                Keyword = EventTypeShape.KeywordOf(type),
                Name = Identifiers.Escape(type.Name),
                DisplayName = displayName,
                Kind = kind,
                EventName = eventName,
                Product = product,
                Module = module,
                Members = specs,
                Enums = model.Enums,
                Objects = model.Objects,
                InvalidReason = invalidReason,
                SupportsNullableDirective = languageVersion >= LanguageVersion.CSharp8,
            };
        }

        /// <summary>Describes the first problem that prevents serialization, in the order the analyzer checks them.</summary>
        private static string? FindInvalidReason(EventKind kind, string? eventName, string? product, string? module, List<EventMember> members)
        {
            if ((kind == EventKind.Track || kind == EventKind.Page) && !EventTypeShape.IsValidName(eventName))
            {
                return kind == EventKind.Track ? "the track event name is missing, blank or invalid UTF-16." : "the page name is missing, blank or invalid UTF-16.";
            }

            if ((product is not null && !EventTypeShape.IsValidName(product)) || (module is not null && !EventTypeShape.IsValidName(module)))
            {
                return "the product or module name is blank or invalid UTF-16.";
            }

            if (EventMemberReader.DescribeNameProblem(members) is { } nameProblem)
            {
                return nameProblem + ".";
            }

            foreach (var member in members)
            {
                var classification = member.Classification;
                if (classification.Kind == ValueKind.Unsupported)
                {
                    return $"member {member.Name} has type {TypeClassifier.Display(member.Type)}, which is not supported: {classification.UnsupportedReason}.";
                }

                if (classification.Cycle is { } cycle)
                {
                    return $"member {member.Name} has type {TypeClassifier.Display(member.Type)}, which contains itself ({cycle}), so its JSON would have no end.";
                }
            }

            // The id writers convert only id kinds; an optional user_id of a group is written by them too.
            foreach (var member in members)
            {
                if ((member.JsonName == AccountIdJsonName || member.JsonName == UserIdJsonName) && !IsIdKind(member.Classification.Kind))
                {
                    return $"member {member.Name} maps to {member.JsonName} but has type {member.Type.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat)}, which cannot hold an id.";
                }
            }

            if (!members.Any(m => m.JsonName == AccountIdJsonName))
            {
                return "it has no member whose JSON name is account_id.";
            }

            if (kind != EventKind.Group && !members.Any(m => m.JsonName == UserIdJsonName))
            {
                return "it has no member whose JSON name is user_id.";
            }

            return null;
        }

        /// <summary>Ids are written as JSON strings; only strings, integers and Guids convert to one exactly.</summary>
        public static bool IsIdKind(ValueKind kind)
        {
            return kind is ValueKind.String or ValueKind.Int32 or ValueKind.UInt32 or ValueKind.Int64 or ValueKind.UInt64 or ValueKind.Guid;
        }

        private static IEnumerable<EventMember> OrderIdsFirst(List<EventMember> members)
        {
            return members.Where(m => m.JsonName == AccountIdJsonName)
                .Concat(members.Where(m => m.JsonName == UserIdJsonName))
                .Concat(members.Where(m => m.JsonName != AccountIdJsonName && m.JsonName != UserIdJsonName));
        }

        private static EquatableArray<ContainingTypeSpec> ContainingTypesOf(INamedTypeSymbol type)
        {
            var chain = new List<ContainingTypeSpec>();
            for (var current = type.ContainingType; current is not null; current = current.ContainingType)
            {
                var name = Identifiers.Escape(current.Name);
                if (current.TypeParameters.Length > 0)
                {
                    name += "<" + string.Join(", ", current.TypeParameters.Select(p => Identifiers.Escape(p.Name))) + ">";
                }

                chain.Add(new ContainingTypeSpec(EventTypeShape.KeywordOf(current), name));
            }

            chain.Reverse();
            return chain.ToEquatableArray();
        }

        /// <summary>The type's name with its containing types, such as <c>Outer.OrderReceived</c>, as messages show it.</summary>
        public static string DisplayNameOf(INamedTypeSymbol type)
        {
            var names = new List<string>();
            for (var current = type; current is not null; current = current.ContainingType)
            {
                names.Add(current.Name);
            }

            names.Reverse();
            return string.Join(".", names);
        }
    }

    internal static class Identifiers
    {
        /// <summary>Prefixes <c>@</c> to a name that is a C# keyword, so it can be used as an identifier.</summary>
        public static string Escape(string name)
        {
            return SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;
        }
    }

    internal static class HintNames
    {
        private const string Extension = ".g.cs";

        /// <summary>
        /// Builds a hint name that is unique, compared by ordinal, for every type one compilation can contain:
        /// namespace segments joined by <c>.</c>, nested types by <c>-</c>, generic arity in parentheses, and any
        /// character that hint names cannot contain as its code in braces. None of <c>-</c>, <c>(</c>, <c>)</c>,
        /// <c>{</c> or <c>}</c> can occur in a C# identifier, so different types cannot produce one name.
        /// Roslyn compares hint names ignoring case, which <see cref="MakeUnique"/> handles.
        /// </summary>
        /// <param name="type">The event type.</param>
        /// <param name="namespaceName">The type's namespace as C# writes it, or <see langword="null"/> for the global namespace.</param>
        public static string For(INamedTypeSymbol type, string? namespaceName)
        {
            var parts = new List<string>();
            for (var current = type; current is not null; current = current.ContainingType)
            {
                var part = current.Name;
                if (current.Arity > 0)
                {
                    part += "(" + current.Arity.ToString(CultureInfo.InvariantCulture) + ")";
                }

                parts.Add(part);
            }

            parts.Reverse();
            var typePart = string.Join("-", parts);
            var ns = namespaceName is null ? string.Empty : namespaceName + ".";
            return Sanitize(ns + typePart) + Extension;
        }

        /// <summary>
        /// Returns <paramref name="hintName"/>, or when <paramref name="used"/> already contains it ignoring case,
        /// the first free name with <c>-2</c>, <c>-3</c> and so on before the extension, and adds the result to
        /// <paramref name="used"/>. Roslyn rejects a second file whose hint name differs only in case, as for
        /// the legal types <c>Shop.Order</c> and <c>Shop.order</c>, and then drops every file of the generator.
        /// A type part never starts with a digit, so no type's own hint name ends in <c>-2</c>.
        /// </summary>
        public static string MakeUnique(string hintName, HashSet<string> used)
        {
            if (used.Add(hintName))
            {
                return hintName;
            }

            var stem = hintName.Substring(0, hintName.Length - Extension.Length);
            for (var number = 2; ; number++)
            {
                var candidate = stem + "-" + number.ToString(CultureInfo.InvariantCulture) + Extension;
                if (used.Add(candidate))
                {
                    return candidate;
                }
            }
        }

        private static string Sanitize(string name)
        {
            var builder = new System.Text.StringBuilder(name.Length);
            foreach (var c in name)
            {
                if ((c < 128 && char.IsLetterOrDigit(c)) || c == '.' || c == '_' || c == '-' || c == '(' || c == ')')
                {
                    builder.Append(c);
                }
                else
                {
                    builder.Append('{').Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append('}');
                }
            }

            return builder.ToString();
        }
    }
}
