using Microsoft.CodeAnalysis;

namespace CsbGenerators.SourceGeneration.Diagnostics
{
    /// <summary>
    /// The analyzer rules: their ids, which the code fixes share, and their descriptors. Each id has a page
    /// under <c>docs/diagnostics/</c>, and released ids never change meaning.
    /// </summary>
    public static class DiagnosticDescriptors
    {
        public const string MissingAccountIdId = "CSB1001";
        public const string MissingUserIdId = "CSB1002";
        public const string NullableIdId = "CSB1003";
        public const string InvalidIdTypeId = "CSB1004";
        public const string ConflictingKindsId = "CSB1005";
        public const string UnsupportedTypeShapeId = "CSB1006";
        public const string NotPartialId = "CSB1007";
        public const string UnsupportedMemberTypeId = "CSB1008";
        public const string DuplicateJsonNameId = "CSB1009";
        public const string InvalidNameId = "CSB1010";
        public const string NameTooLongId = "CSB1011";
        public const string FeatureReusedId = "CSB1012";
        public const string TooManyFeaturesId = "CSB1013";
        public const string TypeCycleId = "CSB1014";

        /// <summary>
        /// The <see cref="Diagnostic.Properties"/> key of the member name that the add-id code fix declares,
        /// on <see cref="MissingAccountIdId"/> and <see cref="MissingUserIdId"/>.
        /// </summary>
        public const string MemberNameProperty = "MemberName";

        /// <summary>The <see cref="Diagnostic.Properties"/> key of the JSON name that the added member maps to.</summary>
        public const string JsonNameProperty = "JsonName";

        // NOTE: the address of the public repository; the help links of every rule point below it.
        private const string RepositoryUrl = "https://github.com/CsbGenerators/CsbGenerators";

        private const string Category = "CsbGenerators";

        internal static readonly DiagnosticDescriptor MissingAccountId = Create(
            MissingAccountIdId,
            "Event type has no account_id member",
            "Event type '{0}' has no member whose JSON name is 'account_id', so none of its events can be delivered; add a property 'AccountId', or set [CsbPropertyName(\"account_id\")] on the member that holds the account id",
            DiagnosticSeverity.Error);

        internal static readonly DiagnosticDescriptor MissingUserId = Create(
            MissingUserIdId,
            "Event type has no user_id member",
            "Event type '{0}' is {1} call and has no member whose JSON name is 'user_id', so none of its events can be delivered; add a property 'UserId', or set [CsbPropertyName(\"user_id\")] on the member that holds the user id",
            DiagnosticSeverity.Error);

        internal static readonly DiagnosticDescriptor NullableId = Create(
            NullableIdId,
            "Id member may be null",
            "Id member '{0}' is nullable, so an event whose {1} is null is rejected when it is sent; make the member non-nullable, for example 'required string', and set it on every event",
            DiagnosticSeverity.Warning);

        internal static readonly DiagnosticDescriptor InvalidIdType = Create(
            InvalidIdTypeId,
            "Id member has a type that cannot hold an id",
            "Member '{0}' maps to the JSON name '{1}' but has type '{2}', which cannot hold an id; change its type to string, an integer type or Guid",
            DiagnosticSeverity.Error);

        internal static readonly DiagnosticDescriptor ConflictingKinds = Create(
            ConflictingKindsId,
            "Event type has more than one call attribute",
            "Type '{0}' has both [{1}] and [{2}]; keep one call attribute, or declare one event type per call",
            DiagnosticSeverity.Error);

        internal static readonly DiagnosticDescriptor UnsupportedTypeShape = Create(
            UnsupportedTypeShapeId,
            "Event type cannot get a generated serializer",
            "Event type '{0}' is {1}, which cannot get a generated serializer; use a class, struct, record or record struct that is not generic, abstract, static or a ref struct",
            DiagnosticSeverity.Error);

        internal static readonly DiagnosticDescriptor NotPartial = Create(
            NotPartialId,
            "Event type or its containing type is not partial",
            "Event type '{0}' cannot get a generated serializer because {1} not declared partial; add the 'partial' modifier",
            DiagnosticSeverity.Error);

        internal static readonly DiagnosticDescriptor UnsupportedMemberType = Create(
            UnsupportedMemberTypeId,
            "Member type is not supported",
            "Member '{0}' has type '{1}', which the event serializer cannot write because {2}; change its type to one of the supported types ({3}), or mark the member [CsbIgnore]",
            DiagnosticSeverity.Error);

        internal static readonly DiagnosticDescriptor DuplicateJsonName = Create(
            DuplicateJsonNameId,
            "Two members map to one JSON name",
            "Members '{0}' and '{1}' both map to the JSON name '{2}'; rename one, set another name with [CsbPropertyName], or mark one [CsbIgnore]",
            DiagnosticSeverity.Error);

        internal static readonly DiagnosticDescriptor InvalidName = Create(
            InvalidNameId,
            "Name is empty, blank or not valid UTF-16",
            "The {0} {1}; set a name that is not empty or whitespace and contains no lone surrogate",
            DiagnosticSeverity.Error);

        internal static readonly DiagnosticDescriptor NameTooLong = Create(
            NameTooLongId,
            "Name is longer than 64 characters",
            "The {0} has {1} characters, but CustomerSuccessBox keeps only the first 64, so names that differ after character 64 count as one; shorten it to 64 characters or fewer",
            DiagnosticSeverity.Warning);

        internal static readonly DiagnosticDescriptor FeatureReused = Create(
            FeatureReusedId,
            "Feature or module name is used under two groupings",
            "{0} '{1}' on '{2}' is under {3} '{4}', but on '{5}' it is under {3} '{6}'; CustomerSuccessBox files each name under one {3} only, so use the same {3} or rename one",
            DiagnosticSeverity.Warning,
            WellKnownDiagnosticTags.CompilationEnd);

        internal static readonly DiagnosticDescriptor TooManyFeatures = Create(
            TooManyFeaturesId,
            "More than 256 features or modules",
            "This compilation tracks {0} distinct {1}, but CustomerSuccessBox keeps at most 256 {1} per tenant and ignores new ones past that; merge {1} until 256 or fewer remain",
            DiagnosticSeverity.Warning,
            WellKnownDiagnosticTags.CompilationEnd);

        internal static readonly DiagnosticDescriptor TypeCycle = Create(
            TypeCycleId,
            "Member type contains itself",
            "Member '{0}' has type '{1}', which contains itself ({2}), so its JSON would have no end; break the cycle, for example by storing the inner object's id in its place, or mark the member [CsbIgnore]",
            DiagnosticSeverity.Error);

        private static DiagnosticDescriptor Create(string id, string title, string messageFormat, DiagnosticSeverity severity, params string[] customTags)
        {
            return new DiagnosticDescriptor(
                id,
                title,
                messageFormat,
                Category,
                severity,
                isEnabledByDefault: true,
                helpLinkUri: RepositoryUrl + "/blob/main/docs/diagnostics/" + id + ".md",
                customTags: customTags);
        }
    }
}
