using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;

namespace CsbGenerators.CodeFixers
{
    /// <summary>
    /// Builds the id property that the add-id fix declares, in the form the project's language version and
    /// nullable setting compile without a warning.
    /// </summary>
    internal static class IdPropertyFactory
    {
        /// <summary>
        /// Returns <c>public required string X { get; init; }</c> where C# 11 and the framework support required
        /// members; otherwise a settable property, initialized to an empty string where a class has nullable
        /// annotations on, because an uninitialized non-nullable property warns (CS8618) and an empty id is
        /// rejected when the event is sent.
        /// The property ends with <paramref name="endOfLine"/>, the line break the document already uses.
        /// </summary>
        public static PropertyDeclarationSyntax Create(SemanticModel semanticModel, TypeDeclarationSyntax declaration, string name, SyntaxTrivia endOfLine)
        {
            string text;
            if (SupportsRequiredMembers(semanticModel, declaration))
            {
                text = $"public required string {name} {{ get; init; }}";
            }
            else if (declaration is ClassDeclarationSyntax or RecordDeclarationSyntax { ClassOrStructKeyword.RawKind: not (int)SyntaxKind.StructKeyword }
                && semanticModel.GetNullableContext(declaration.OpenBraceToken.SpanStart).AnnotationsEnabled())
            {
                text = $"public string {name} {{ get; set; }} = \"\";";
            }
            else
            {
                text = $"public string {name} {{ get; set; }}";
            }

            var property = (PropertyDeclarationSyntax)SyntaxFactory.ParseMemberDeclaration(text)!;
            return property
                .WithTrailingTrivia(endOfLine)
                .WithAdditionalAnnotations(Formatter.Annotation);
        }

        private static bool SupportsRequiredMembers(SemanticModel semanticModel, TypeDeclarationSyntax declaration)
        {
            var compilation = semanticModel.Compilation;
            return declaration.SyntaxTree.Options is CSharpParseOptions { LanguageVersion: >= LanguageVersion.CSharp11 }
                && compilation.GetTypeByMetadataName("System.Runtime.CompilerServices.RequiredMemberAttribute") is not null
                && compilation.GetTypeByMetadataName("System.Runtime.CompilerServices.CompilerFeatureRequiredAttribute") is not null
                && compilation.GetTypeByMetadataName("System.Runtime.CompilerServices.IsExternalInit") is not null;
        }
    }
}
