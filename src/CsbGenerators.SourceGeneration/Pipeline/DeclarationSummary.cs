using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using CsbGenerators.SourceGeneration.Helpers;

namespace CsbGenerators.SourceGeneration.Pipeline
{
    /// <summary>
    /// What one syntax tree contributes to the meaning of declarations, and the facts that discovery needs from
    /// the tree. The hash covers every node and token outside member bodies, with its depth and whether the
    /// token carries a syntax error, and every directive. Two summaries are equal when no edit between them
    /// can change a symbol the generator reads.
    /// </summary>
    /// <remarks>
    /// The generator reads types, members, attributes, constants and nullable context, never code inside a
    /// method, accessor or property body, a property initializer or a top-level statement. An edit confined to
    /// those leaves the summary equal; only whether a tree has top-level statements counts. A directive anywhere
    /// counts, at its place among the declaration tokens, because <c>#nullable</c> or <c>#if</c> inside a body
    /// changes the declarations that follow it.
    /// </remarks>
    internal sealed record DeclarationSummary(
        string FilePath,
        LanguageVersion LanguageVersion,
        ulong HashFirst,
        ulong HashSecond,
        bool HasAttributedTypes,
        EquatableArray<UsingAlias> Aliases)
    {
        public static DeclarationSummary Read(SyntaxTree tree, CancellationToken cancellationToken)
        {
            var root = tree.GetRoot(cancellationToken);
            var hash = DeclarationHash.Create();
            var directive = root.ContainsDirectives ? root.GetFirstDirective() : null;
            var hasAttributedTypes = false;
            var hasTopLevelStatements = false;
            var aliases = new List<UsingAlias>();
            var ancestors = new Stack<SyntaxNode>();
            foreach (var item in root.DescendantNodesAndTokens(static node => !IsBody(node)))
            {
                var depth = DepthOf(item, ancestors);
                if (item.IsToken)
                {
                    var token = item.AsToken();
                    directive = AddDirectivesBefore(token.SpanStart, directive, ref hash);
                    AddToken(token, depth, ref hash);
                    continue;
                }

                var node = item.AsNode()!;
                if (node is GlobalStatementSyntax)
                {
                    // The statements matter to no declaration, but their presence makes the compiler declare Program.
                    hasTopLevelStatements = true;
                    continue;
                }

                hash.Add(depth);
                hash.Add(node.RawKind);
                if (!IsBody(node))
                {
                    ancestors.Push(node);
                }

                hasAttributedTypes |= node is BaseTypeDeclarationSyntax { AttributeLists.Count: > 0 };
                if (node is UsingDirectiveSyntax { Alias: { } alias, Name: { } target })
                {
                    aliases.Add(new UsingAlias(alias.Name.Identifier.ValueText, EventAttributeNames.LastIdentifier(target)));
                }
            }

            cancellationToken.ThrowIfCancellationRequested();
            AddDirectivesBefore(int.MaxValue, directive, ref hash);
            hash.Add(hasTopLevelStatements ? 1 : 0);
            var languageVersion = tree.Options is CSharpParseOptions options ? options.LanguageVersion : LanguageVersion.Default;
            aliases.Sort(static (x, y) =>
            {
                var byName = string.CompareOrdinal(x.Name, y.Name);
                return byName != 0 ? byName : string.CompareOrdinal(x.Target, y.Target);
            });
            return new DeclarationSummary(tree.FilePath, languageVersion, hash.First, hash.Second, hasAttributedTypes, aliases.ToEquatableArray());
        }

        /// <summary>
        /// Returns the item's depth below the root, after popping the nodes that do not contain it. The walk lists
        /// nodes and tokens in document order, which does not show the tree's shape: a stray <c>}</c> ends a
        /// file-scoped namespace and moves the declarations after it to the global namespace, but it becomes
        /// skipped text and changes no node or token. The depth of each item shows the shape.
        /// </summary>
        private static int DepthOf(SyntaxNodeOrToken item, Stack<SyntaxNode> ancestors)
        {
            while (ancestors.Count > 0 && ancestors.Peek() != item.Parent)
            {
                ancestors.Pop();
            }

            return ancestors.Count;
        }

        private static void AddToken(SyntaxToken token, int depth, ref DeclarationHash hash)
        {
            hash.Add(depth);
            hash.Add(token.RawKind);
            hash.Add(token.Text);

            // A syntax error can sit in trivia as skipped text, as in `Paid = 2{ }`. The compiler then treats the
            // constant around it as invalid, although no token changed.
            hash.Add(token.ContainsDiagnostics ? 1 : 0);
        }

        /// <summary>Code whose text no declaration depends on: member bodies, property initializers and top-level statements.</summary>
        private static bool IsBody(SyntaxNode node)
        {
            // Outside a body, a block can only be a method, accessor, constructor or operator body, and an
            // arrow clause only the expression body of one of those or of a property or indexer.
            return node is BlockSyntax
                or ArrowExpressionClauseSyntax
                or GlobalStatementSyntax
                or EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax };
        }

        /// <summary>
        /// Adds the directives that start before <paramref name="position"/> and returns the next one. Each
        /// directive is added just before the first declaration token after it, so moving <c>#nullable</c>
        /// past a declaration changes the hash, and an edit inside a body, which moves no directive past a
        /// declaration token, does not.
        /// </summary>
        private static DirectiveTriviaSyntax? AddDirectivesBefore(int position, DirectiveTriviaSyntax? directive, ref DeclarationHash hash)
        {
            for (; directive is not null && directive.SpanStart < position; directive = directive.GetNextDirective())
            {
                foreach (var token in directive.DescendantTokens())
                {
                    hash.Add(token.RawKind);
                    hash.Add(token.Text);
                }
            }

            return directive;
        }
    }
}
