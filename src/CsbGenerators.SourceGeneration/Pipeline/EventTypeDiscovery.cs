using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using CsbGenerators.SourceGeneration.Model;
using CsbGenerators.SourceGeneration.Parsing;

namespace CsbGenerators.SourceGeneration.Pipeline
{
    /// <summary>
    /// Finds the event types of a snapshot's compilation and builds their models: the declarations whose
    /// attributes may name a call attribute, by syntax, then the ones binding confirms.
    /// </summary>
    internal static class EventTypeDiscovery
    {
        private const string AttributeSuffix = "Attribute";

        public static List<EventTypeSpec> Find(SemanticSnapshot snapshot, CancellationToken cancellationToken)
        {
            var aliases = CollectAliases(snapshot);
            var compilation = snapshot.GetCompilation();
            var specs = new List<EventTypeSpec>();
            var seen = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
            var hintNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var index = 0;
            foreach (var tree in compilation.SyntaxTrees)
            {
                // The summaries were read from this compilation's trees in order. They only let the loop skip trees.
                if (index < snapshot.Summaries.Count && !snapshot.Summaries[index++].HasAttributedTypes)
                {
                    continue;
                }

                var languageVersion = tree.Options is CSharpParseOptions options ? options.LanguageVersion : LanguageVersion.Default;

                SemanticModel? model = null;
                foreach (var declaration in Candidates(tree.GetRoot(cancellationToken), aliases))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    model ??= compilation.GetSemanticModel(tree);
                    if (model.GetDeclaredSymbol(declaration, cancellationToken) is INamedTypeSymbol type
                        && seen.Add(type)
                        && EventTypeParser.Parse(type, languageVersion, cancellationToken) is { } spec)
                    {
                        var hintName = HintNames.MakeUnique(spec.HintName, hintNames);
                        specs.Add(hintName == spec.HintName ? spec : spec with { HintName = hintName });
                    }
                }
            }

            return specs;
        }

        /// <summary>
        /// Every alias name that may stand for a call attribute, with and without the <c>Attribute</c> suffix:
        /// an alias whose target is a call attribute's name, or the name of another such alias.
        /// </summary>
        /// <remarks>
        /// An alias inside a namespace may name an alias of the file or a global alias of another file, as in
        /// <c>using Event = Track;</c>. The loop repeats until no alias is added, so chains of any length count.
        /// </remarks>
        private static HashSet<string> CollectAliases(SemanticSnapshot snapshot)
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            bool added;
            do
            {
                added = false;
                foreach (var summary in snapshot.Summaries)
                {
                    foreach (var alias in summary.Aliases)
                    {
                        if (!names.Contains(alias.Name)
                            && (EventAttributeNames.IsEventAttributeIdentifier(alias.Target) || names.Contains(alias.Target)))
                        {
                            names.Add(alias.Name);
                            added = true;
                        }
                    }
                }
            }
            while (added);

            var aliases = new HashSet<string>(names, StringComparer.Ordinal);
            foreach (var name in names)
            {
                if (name.Length > AttributeSuffix.Length && name.EndsWith(AttributeSuffix, StringComparison.Ordinal))
                {
                    aliases.Add(name.Substring(0, name.Length - AttributeSuffix.Length));
                }
            }

            return aliases;
        }

        /// <summary>The type declarations, at any nesting level, with an attribute that may be a call attribute.</summary>
        private static IEnumerable<TypeDeclarationSyntax> Candidates(SyntaxNode root, HashSet<string> aliases)
        {
            var pending = new Stack<SyntaxNode>();
            pending.Push(root);
            while (pending.Count > 0)
            {
                var node = pending.Pop();
                SyntaxList<MemberDeclarationSyntax> members;
                switch (node)
                {
                    case CompilationUnitSyntax unit:
                        members = unit.Members;
                        break;
                    case BaseNamespaceDeclarationSyntax ns:
                        members = ns.Members;
                        break;
                    case TypeDeclarationSyntax type:
                        if (HasEventAttribute(type, aliases))
                        {
                            yield return type;
                        }

                        members = type.Members;
                        break;
                    default:
                        continue;
                }

                for (var i = members.Count - 1; i >= 0; i--)
                {
                    pending.Push(members[i]);
                }
            }
        }

        private static bool HasEventAttribute(TypeDeclarationSyntax type, HashSet<string> aliases)
        {
            foreach (var list in type.AttributeLists)
            {
                foreach (var attribute in list.Attributes)
                {
                    var identifier = EventAttributeNames.LastIdentifier(attribute.Name);
                    if (EventAttributeNames.IsEventAttributeIdentifier(identifier) || aliases.Contains(identifier))
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}
