using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CsbGenerators.SourceGeneration.Parsing
{
    /// <summary>
    /// Checks on symbols that build no strings and bind nothing that is not needed. The parser calls them for
    /// every member of every event type, so their cost adds up in each build.
    /// </summary>
    internal static class SymbolFacts
    {
        /// <summary>
        /// Whether <paramref name="ns"/> is the namespace <paramref name="dottedName"/>, such as
        /// <c>System.Text.Json</c>, compared segment by segment instead of through a display string.
        /// </summary>
        public static bool IsNamespace(INamespaceSymbol? ns, string dottedName)
        {
            var end = dottedName.Length;
            for (var current = ns; current is { IsGlobalNamespace: false }; current = current.ContainingNamespace)
            {
                var name = current.Name;
                var start = end - name.Length;
                if (start < 0 || string.CompareOrdinal(dottedName, start, name, 0, name.Length) != 0)
                {
                    return false;
                }

                if (start == 0)
                {
                    return current.ContainingNamespace is null or { IsGlobalNamespace: true };
                }

                if (dottedName[start - 1] != '.')
                {
                    return false;
                }

                end = start - 1;
            }

            return false;
        }

        /// <summary>
        /// Whether the symbol may carry attributes. A symbol declared in source without any attribute list
        /// has none, and checking the syntax spares binding its empty attribute lists. A symbol from metadata,
        /// or declared in a form this method does not know, may have some.
        /// </summary>
        public static bool MayHaveAttributes(ISymbol symbol)
        {
            var references = symbol.DeclaringSyntaxReferences;
            if (references.IsEmpty)
            {
                return true;
            }

            foreach (var reference in references)
            {
                switch (reference.GetSyntax())
                {
                    case MemberDeclarationSyntax member:
                        if (member.AttributeLists.Count > 0)
                        {
                            return true;
                        }

                        break;
                    case VariableDeclaratorSyntax { Parent.Parent: BaseFieldDeclarationSyntax field }:
                        if (field.AttributeLists.Count > 0)
                        {
                            return true;
                        }

                        break;
                    case ParameterSyntax parameter:
                        if (parameter.AttributeLists.Count > 0)
                        {
                            return true;
                        }

                        break;
                    default:
                        return true;
                }
            }

            return false;
        }
    }
}
