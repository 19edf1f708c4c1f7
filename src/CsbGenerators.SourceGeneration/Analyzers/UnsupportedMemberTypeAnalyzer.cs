using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using CsbGenerators.SourceGeneration.Analyzers.Common;
using CsbGenerators.SourceGeneration.Diagnostics;
using CsbGenerators.SourceGeneration.Model;
using CsbGenerators.SourceGeneration.Parsing;

namespace CsbGenerators.SourceGeneration.Analyzers
{
    /// <summary>
    /// Reports a member whose type the serializer cannot write, with the part at fault, which may sit deep in a
    /// collection or nested object. The generator's classification decides, so a type it learns to write stops
    /// being reported without a change here.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class UnsupportedMemberTypeAnalyzer : EventTypeAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(DiagnosticDescriptors.UnsupportedMemberType);

        private protected override void Analyze(EventTypeContext eventType)
        {
            foreach (var member in eventType.Members)
            {
                // A type that does not resolve already has a compiler error, also where a nested class uses it.
                if (member.Classification.Kind != ValueKind.Unsupported || member.Classification.IsUnresolved || ContainsErrorType(member.Type))
                {
                    continue;
                }

                var type = member.Type.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat);
                eventType.Report(
                    DiagnosticDescriptors.UnsupportedMemberType,
                    eventType.MemberLocation(member),
                    EventTypeContext.MemberDisplayName(member),
                    type,
                    member.Classification.UnsupportedReason,
                    EventMemberReader.SupportedTypesText);
            }
        }

        private static bool ContainsErrorType(ITypeSymbol type)
        {
            switch (type)
            {
                case { TypeKind: TypeKind.Error }:
                    return true;
                case IArrayTypeSymbol array:
                    return ContainsErrorType(array.ElementType);
                case IPointerTypeSymbol pointer:
                    return ContainsErrorType(pointer.PointedAtType);
                case INamedTypeSymbol named:
                    foreach (var argument in named.TypeArguments)
                    {
                        if (ContainsErrorType(argument))
                        {
                            return true;
                        }
                    }

                    return false;
                default:
                    return false;
            }
        }
    }
}
