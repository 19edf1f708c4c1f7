using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using CsbGenerators.SourceGeneration.Model;
using CsbGenerators.SourceGeneration.Parsing;

namespace CsbGenerators.SourceGeneration.Analyzers.Common
{
    /// <summary>
    /// One type that carries a call attribute, as one analyzer reads it in one symbol action: its kinds, its
    /// members (read once, on first use, by the generator's own reader) and where to report on it.
    /// </summary>
    internal sealed class EventTypeContext
    {
        private readonly SymbolAnalysisContext context;
        private List<EventMember>? members;

        private EventTypeContext(SymbolAnalysisContext context, INamedTypeSymbol type, List<(EventKind Kind, AttributeData Attribute)> kinds)
        {
            this.context = context;
            Type = type;
            Kinds = kinds;
            DisplayName = EventTypeParser.DisplayNameOf(type);
        }

        public INamedTypeSymbol Type { get; }

        /// <summary>The type's name with its containing types, such as <c>Outer.OrderReceived</c>.</summary>
        public string DisplayName { get; }

        /// <summary>Every call attribute on the type, in source order; never empty.</summary>
        public List<(EventKind Kind, AttributeData Attribute)> Kinds { get; }

        /// <summary>The kind of the first call attribute, which is the type's kind when it has one.</summary>
        public EventKind Kind => Kinds[0].Kind;

        public AttributeData KindAttribute => Kinds[0].Attribute;

        /// <summary>
        /// Whether the type has exactly one call attribute and a shape the generator can extend. The rules
        /// about members and names look only at such types; the other problems have rules of their own.
        /// </summary>
        public bool HasSingleKindAndSupportedShape =>
            Kinds.Count == 1 && EventTypeShape.DescribeUnsupportedShape(Type) is null;

        public List<EventMember> Members => members ??= EventMemberReader.Read(Type, CancellationToken);

        /// <summary>
        /// Whether a base type does not resolve, as while it is still being typed. Its members are unknown, so
        /// a rule about a missing member must not fire.
        /// </summary>
        public bool HasUnresolvedBaseType
        {
            get
            {
                for (var current = Type.BaseType; current is not null; current = current.BaseType)
                {
                    if (current.TypeKind == TypeKind.Error)
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        public Compilation Compilation => context.Compilation;

        public CancellationToken CancellationToken => context.CancellationToken;

        /// <summary>
        /// Returns the context for a type that carries at least one call attribute, or <see langword="null"/>
        /// for any other symbol.
        /// </summary>
        public static EventTypeContext? TryCreate(SymbolAnalysisContext context)
        {
            if (context.Symbol is not INamedTypeSymbol type)
            {
                return null;
            }

            var kinds = EventTypeShape.ReadKinds(type);
            return kinds.Count == 0 ? null : new EventTypeContext(context, type, kinds);
        }

        /// <summary>The name of the declaration that carries the first call attribute.</summary>
        public Location TypeLocation()
        {
            var syntax = KindAttribute.ApplicationSyntaxReference?.GetSyntax(CancellationToken);
            if (syntax?.FirstAncestorOrSelf<BaseTypeDeclarationSyntax>() is { } declaration)
            {
                return declaration.Identifier.GetLocation();
            }

            return Type.Locations.FirstOrDefault(l => l.IsInSource) ?? Location.None;
        }

        /// <summary>The whole attribute, such as <c>CsbTrack("Order Received")</c>, or the type's name.</summary>
        public Location AttributeLocation(AttributeData attribute)
        {
            return attribute.ApplicationSyntaxReference?.GetSyntax(CancellationToken).GetLocation() ?? TypeLocation();
        }

        /// <summary>
        /// The argument that sets the attribute's constructor parameter (<paramref name="propertyName"/> null) or
        /// the named property, or the whole attribute when the source has no such argument.
        /// </summary>
        public Location ArgumentLocation(AttributeData attribute, string? propertyName)
        {
            if (attribute.ApplicationSyntaxReference?.GetSyntax(CancellationToken) is AttributeSyntax { ArgumentList: { } arguments })
            {
                foreach (var argument in arguments.Arguments)
                {
                    var name = argument.NameEquals?.Name.Identifier.ValueText;
                    if (name == propertyName)
                    {
                        return argument.GetLocation();
                    }
                }
            }

            return AttributeLocation(attribute);
        }

        /// <summary>
        /// The member's name where the type itself declares it. A member inherited from a base type is reported
        /// on the event type, so that each event type that inherits it gets its own diagnostic.
        /// </summary>
        public Location MemberLocation(EventMember member)
        {
            if (SymbolEqualityComparer.Default.Equals(member.Symbol.ContainingType, Type)
                && member.Symbol.Locations.FirstOrDefault(l => l.IsInSource) is { } location)
            {
                return location;
            }

            return TypeLocation();
        }

        /// <summary>The member as messages show it, such as <c>OrderReceived.AccountId</c>.</summary>
        public static string MemberDisplayName(EventMember member)
        {
            return EventTypeParser.DisplayNameOf(member.Symbol.ContainingType) + "." + member.Name;
        }

        public void Report(DiagnosticDescriptor descriptor, Location location, params object?[] messageArguments)
        {
            context.ReportDiagnostic(Diagnostic.Create(descriptor, location, messageArguments));
        }

        public void Report(DiagnosticDescriptor descriptor, Location location, ImmutableDictionary<string, string?> properties, params object?[] messageArguments)
        {
            context.ReportDiagnostic(Diagnostic.Create(descriptor, location, properties, messageArguments));
        }
    }
}
