using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using CsbGenerators.SourceGeneration.Diagnostics;

namespace CsbGenerators.CodeFixers
{
    /// <summary>
    /// Fixes CSB1007 by adding <c>partial</c> to every declaration of the event type and of each containing
    /// type that lacks it, in whichever document each declaration sits.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(NotPartialCodeFixProvider)), Shared]
    public sealed class NotPartialCodeFixProvider : CodeFixProvider
    {
        public const string MakePartialEquivalenceKey = DiagnosticDescriptors.NotPartialId + ".MakePartial";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } =
            ImmutableArray.Create(DiagnosticDescriptors.NotPartialId);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var semanticModel = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null || semanticModel is null)
            {
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                if (root.FindNode(diagnostic.Location.SourceSpan).FirstAncestorOrSelf<TypeDeclarationSyntax>() is not { } declaration
                    || semanticModel.GetDeclaredSymbol(declaration, context.CancellationToken) is not { } type)
                {
                    continue;
                }

                var declarations = NonPartialDeclarations(type, context.CancellationToken);
                if (declarations.Count == 0)
                {
                    continue;
                }

                var title = type.ContainingType is null ? $"Make '{type.Name}' partial" : $"Make '{type.Name}' and its containing types partial";
                var solution = context.Document.Project.Solution;
                context.RegisterCodeFix(
                    CodeAction.Create(title, cancellationToken => MakePartialAsync(solution, declarations, cancellationToken), MakePartialEquivalenceKey),
                    diagnostic);
            }
        }

        /// <summary>The declarations of the type and its containing types that lack <c>partial</c>.</summary>
        private static List<TypeDeclarationSyntax> NonPartialDeclarations(INamedTypeSymbol type, CancellationToken cancellationToken)
        {
            var declarations = new List<TypeDeclarationSyntax>();
            for (var current = type; current is not null; current = current.ContainingType)
            {
                foreach (var reference in current.DeclaringSyntaxReferences)
                {
                    if (reference.GetSyntax(cancellationToken) is TypeDeclarationSyntax declaration
                        && !declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
                    {
                        declarations.Add(declaration);
                    }
                }
            }

            return declarations;
        }

        private static async Task<Solution> MakePartialAsync(Solution solution, List<TypeDeclarationSyntax> declarations, CancellationToken cancellationToken)
        {
            var editor = new SolutionEditor(solution);
            foreach (var declaration in declarations)
            {
                var document = solution.GetDocument(declaration.SyntaxTree);
                if (document is null)
                {
                    continue;
                }

                var documentEditor = await editor.GetDocumentEditorAsync(document.Id, cancellationToken).ConfigureAwait(false);
                var modifiers = documentEditor.Generator.GetModifiers(declaration).WithPartial(true);
                documentEditor.SetModifiers(declaration, modifiers);
            }

            return editor.GetChangedSolution();
        }
    }
}
