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
    /// those leaves the summary equal. A directive anywhere counts, because <c>#nullable</c> or <c>#if</c>
    /// inside a body changes what follows it.
    /// </remarks>
    internal sealed record DeclarationSummary(
        string FilePath,
        LanguageVersion LanguageVersion,
        ulong HashFirst,
        ulong HashSecond,
        bool HasAttributedTypes,
        EquatableArray<string> AttributeAliases)
    {
        public static DeclarationSummary Read(SyntaxTree tree, CancellationToken cancellationToken)
        {
            var root = tree.GetRoot(cancellationToken);
            var hash = DeclarationHash.Create();
            var hasAttributedTypes = false;
            var aliases = new List<string>();
            foreach (var item in root.DescendantNodesAndTokens(static node => !IsBody(node)))
            {
                if (item.IsToken)
                {
                    var token = item.AsToken();
                    hash.Add(token.RawKind);
                    hash.Add(token.Text);
                    continue;
                }

                var node = item.AsNode()!;
                hash.Add(node.RawKind);
                hasAttributedTypes |= node is BaseTypeDeclarationSyntax { AttributeLists.Count: > 0 };
                if (node is UsingDirectiveSyntax { Alias: { } alias, Name: { } target } && EventAttributeNames.IsEventAttributeName(target))
                {
                    aliases.Add(alias.Name.Identifier.ValueText);
                }
            }

            cancellationToken.ThrowIfCancellationRequested();
            AddDirectives(root, ref hash);
            var languageVersion = tree.Options is CSharpParseOptions options ? options.LanguageVersion : LanguageVersion.Default;
            aliases.Sort(StringComparer.Ordinal);
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

        private static void AddDirectives(SyntaxNode root, ref DeclarationHash hash)
        {
            if (!root.ContainsDirectives)
            {
                return;
            }

            for (var directive = root.GetFirstDirective(); directive is not null; directive = directive.GetNextDirective())
            {
                foreach (var token in directive.DescendantTokens())
                {
                    hash.Add(token.RawKind);
                    hash.Add(token.Text);
                }
            }
        }
    }
}
