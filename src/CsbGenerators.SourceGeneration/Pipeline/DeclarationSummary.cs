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
    /// What one syntax tree contributes to the meaning of declarations: a hash of every token outside
    /// member bodies and of every directive, and the facts that discovery needs from the tree. Two summaries
    /// are equal when no edit between them can change a symbol the generator reads.
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
            foreach (var item in root.DescendantNodesAndTokens(static node => !IsBody(node)))
            {
                if (item.IsToken)
                {
                    var token = item.AsToken();
                    directive = AddDirectivesBefore(token.SpanStart, directive, ref hash);
                    hash.Add(token.RawKind);
                    hash.Add(token.Text);
                    continue;
                }

                var node = item.AsNode()!;
                if (node is GlobalStatementSyntax)
                {
                    // The statements matter to no declaration, but their presence makes the compiler declare Program.
                    hasTopLevelStatements = true;
                    continue;
                }

                hash.Add(node.RawKind);
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
