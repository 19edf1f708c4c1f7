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
using Microsoft.CodeAnalysis.Formatting;
using CsbGenerators.SourceGeneration.Diagnostics;

namespace CsbGenerators.CodeFixers
{
    /// <summary>
    /// Fixes a missing <c>account_id</c> (CSB1001) or <c>user_id</c> (CSB1002) by declaring the member in the
    /// style of the type: a parameter of a positional record, otherwise a string property.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MissingIdCodeFixProvider)), Shared]
    public sealed class MissingIdCodeFixProvider : CodeFixProvider
    {
        public const string AddAccountIdEquivalenceKey = DiagnosticDescriptors.MissingAccountIdId + ".AddAccountId";
        public const string AddUserIdEquivalenceKey = DiagnosticDescriptors.MissingUserIdId + ".AddUserId";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } =
            ImmutableArray.Create(DiagnosticDescriptors.MissingAccountIdId, DiagnosticDescriptors.MissingUserIdId);

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
                if (!diagnostic.Properties.TryGetValue(DiagnosticDescriptors.MemberNameProperty, out var memberName)
                    || memberName is null
                    || root.FindNode(diagnostic.Location.SourceSpan).FirstAncestorOrSelf<TypeDeclarationSyntax>() is not { } declaration
                    || semanticModel.GetDeclaredSymbol(declaration, context.CancellationToken) is not { } type)
                {
                    continue;
                }

                // NOTE: a type that already has a member of that name, ignored or renamed, gets no fix: the
                // user has to choose the member that carries the id.
                if (!type.GetMembers(memberName).IsEmpty)
                {
                    continue;
                }

                var isParameter = declaration is RecordDeclarationSyntax { ParameterList: not null };
                var title = (isParameter ? "Add parameter '" : "Add property '") + memberName + "'";
                var key = diagnostic.Id == DiagnosticDescriptors.MissingAccountIdId ? AddAccountIdEquivalenceKey : AddUserIdEquivalenceKey;
                var document = context.Document;
                context.RegisterCodeFix(
                    CodeAction.Create(title, cancellationToken => AddIdAsync(document, declaration, memberName, cancellationToken), key),
                    diagnostic);
            }
        }

        private static async Task<Document> AddIdAsync(Document document, TypeDeclarationSyntax declaration, string memberName, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || semanticModel is null)
            {
                return document;
            }

            TypeDeclarationSyntax changed;
            if (declaration is RecordDeclarationSyntax { ParameterList: { } parameters } record)
            {
                var parameter = SyntaxFactory.Parameter(SyntaxFactory.Identifier(memberName))
                    .WithType(SyntaxFactory.PredefinedType(SyntaxFactory.Token(SyntaxKind.StringKeyword)).WithTrailingTrivia(SyntaxFactory.Space));
                var index = IdInsertionIndex(parameters.Parameters.Select(p => p.Identifier.ValueText), memberName);
                changed = record.WithParameterList(parameters.WithParameters(parameters.Parameters.Insert(index, parameter)).WithAdditionalAnnotations(Formatter.Annotation));
            }
            else
            {
                var property = IdPropertyFactory.Create(semanticModel, declaration, memberName, EndOfLineOf(root));
                var index = IdInsertionIndex(declaration.Members.Select(NameOf), memberName);
                changed = declaration.WithMembers(declaration.Members.Insert(index, property));
            }

            return document.WithSyntaxRoot(root.ReplaceNode(declaration, changed));
        }

        /// <summary>Puts the ids first, the account id before the user id, as the serializer writes them.</summary>
        private static int IdInsertionIndex(System.Collections.Generic.IEnumerable<string> existingNames, string memberName)
        {
            if (memberName != "UserId")
            {
                return 0;
            }

            var names = existingNames.ToList();
            var accountId = names.IndexOf("AccountId");
            return accountId + 1;
        }

        private static SyntaxTrivia EndOfLineOf(SyntaxNode root)
        {
            foreach (var trivia in root.DescendantTrivia())
            {
                if (trivia.IsKind(SyntaxKind.EndOfLineTrivia))
                {
                    return trivia;
                }
            }

            return SyntaxFactory.ElasticCarriageReturnLineFeed;
        }

        private static string NameOf(MemberDeclarationSyntax member)
        {
            return member switch
            {
                PropertyDeclarationSyntax property => property.Identifier.ValueText,
                FieldDeclarationSyntax field => field.Declaration.Variables.FirstOrDefault()?.Identifier.ValueText ?? string.Empty,
                _ => string.Empty,
            };
        }
    }
}
