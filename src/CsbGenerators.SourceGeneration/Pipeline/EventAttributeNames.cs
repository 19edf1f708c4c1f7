using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CsbGenerators.SourceGeneration.Pipeline
{
    /// <summary>
    /// Recognizes, by syntax alone, names that may refer to one of the four call attributes, so that
    /// discovery binds only declarations that may be event types. Binding then decides.
    /// </summary>
    internal static class EventAttributeNames
    {
        /// <summary>Returns whether the identifier is a call attribute's name, with or without the <c>Attribute</c> suffix.</summary>
        public static bool IsEventAttributeIdentifier(string identifier)
        {
            switch (identifier)
            {
                case "CsbIdentify":
                case "CsbIdentifyAttribute":
                case "CsbTrack":
                case "CsbTrackAttribute":
                case "CsbAccount":
                case "CsbAccountAttribute":
                case "CsbPage":
                case "CsbPageAttribute":
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>The rightmost identifier: <c>CsbTrack</c> in <c>global::CsbGenerators.CsbTrack</c>.</summary>
        public static string LastIdentifier(NameSyntax name)
        {
            switch (name)
            {
                case QualifiedNameSyntax qualified:
                    return qualified.Right.Identifier.ValueText;
                case AliasQualifiedNameSyntax aliasQualified:
                    return aliasQualified.Name.Identifier.ValueText;
                case SimpleNameSyntax simple:
                    return simple.Identifier.ValueText;
                default:
                    return string.Empty;
            }
        }
    }
}
