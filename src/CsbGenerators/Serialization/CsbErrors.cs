using System;
using System.ComponentModel;
using System.Globalization;

namespace CsbGenerators.Serialization
{
    /// <summary>
    /// Builds the exceptions that generated serializers throw, so every message has one wording. Generated
    /// code calls these; they are not meant for direct use.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class CsbErrors
    {
        /// <summary>An id member is null, empty or whitespace.</summary>
        public static CsbValidationException MissingId(string typeName, string memberName, string jsonName)
        {
            return new CsbValidationException(
                typeName,
                memberName,
                $"{typeName}.{memberName} ({jsonName}) is null or blank. CustomerSuccessBox drops an event whose {jsonName} is missing, so set {memberName} to a non-blank value before sending.");
        }

        /// <summary>A <see cref="DateTime"/> value has <see cref="DateTimeKind.Unspecified"/>.</summary>
        public static CsbValidationException UnspecifiedDateTime(string typeName, string memberName, string? location = null)
        {
            return new CsbValidationException(
                typeName,
                memberName,
                $"{Subject(typeName, memberName, location)} is a DateTime of kind Unspecified, which names no instant. Use DateTime.UtcNow, DateTime.SpecifyKind(value, DateTimeKind.Utc) or a DateTimeOffset.");
        }

        /// <summary>A floating-point value is NaN or an infinity, which JSON cannot carry.</summary>
        public static CsbValidationException NonFiniteNumber(string typeName, string memberName, double value, string? location = null)
        {
            return new CsbValidationException(
                typeName,
                memberName,
                $"{Subject(typeName, memberName, location)} is {value.ToString(CultureInfo.InvariantCulture)}, which JSON cannot carry. Send a finite number, or make the member nullable and leave it null.");
        }

        /// <summary>A string, character or dictionary key contains a surrogate without its pair, which UTF-8 cannot encode.</summary>
        public static CsbValidationException InvalidUtf16(string typeName, string memberName, string? location, int index, char surrogate)
        {
            var code = ((int)surrogate).ToString("X4", CultureInfo.InvariantCulture);
            return new CsbValidationException(
                typeName,
                memberName,
                $"{Subject(typeName, memberName, location)} is text with an unpaired surrogate U+{code} at index {index.ToString(CultureInfo.InvariantCulture)}, which is invalid UTF-16 and cannot be sent as UTF-8 JSON. Remove the character, or decode the source text with its real encoding.");
        }

        /// <summary>A free-form value has a runtime type that has no JSON form without reflection.</summary>
        public static CsbValidationException UnsupportedFreeFormType(string typeName, string memberName, string? location, Type valueType)
        {
            return new CsbValidationException(
                typeName,
                memberName,
                $"{Subject(typeName, memberName, location)} contains a value of type {valueType}, which a free-form (object) value cannot carry. Use a string, number, bool, date, Guid, Uri, enum, JsonElement, JsonNode, a dictionary with string keys or a collection of these, or declare the member with its own type so the generator writes it.");
        }

        /// <summary>A free-form dictionary has a key that is not a string.</summary>
        public static CsbValidationException NonStringKey(string typeName, string memberName, string? location, Type keyType)
        {
            return new CsbValidationException(
                typeName,
                memberName,
                $"{Subject(typeName, memberName, location)} contains a dictionary with a key of type {keyType}; JSON object keys are strings. Use a dictionary with string keys.");
        }

        /// <summary>A free-form value nests past <see cref="CsbJson.MaxDepth"/> levels, counting the traits or properties object as the first.</summary>
        public static CsbValidationException TooDeep(string typeName, string memberName, string? location)
        {
            return new CsbValidationException(
                typeName,
                memberName,
                $"{Subject(typeName, memberName, location)} nests deeper than {CsbJson.MaxDepth.ToString(CultureInfo.InvariantCulture)} levels, counting the traits or properties object as the first, which is the limit System.Text.Json also applies. Flatten the value, and check it for a collection that contains itself.");
        }

        /// <summary>An <c>ImmutableArray&lt;T&gt;</c> value is the default, uninitialized array.</summary>
        public static CsbValidationException DefaultImmutableArray(string typeName, string memberName, string? location)
        {
            return new CsbValidationException(
                typeName,
                memberName,
                $"{Subject(typeName, memberName, location)} is a default ImmutableArray, which is neither empty nor null and cannot be enumerated. Use ImmutableArray<T>.Empty, or make the member nullable and leave it null.");
        }

        /// <summary>A <see cref="System.Text.Json.JsonElement"/> value is the default element, which contains no JSON value.</summary>
        public static CsbValidationException UndefinedJsonElement(string typeName, string memberName, string? location)
        {
            return new CsbValidationException(
                typeName,
                memberName,
                $"{Subject(typeName, memberName, location)} is a default JsonElement, which contains no JSON value. Set it from a parsed document, or make the member a nullable JsonElement and leave it null.");
        }

        /// <summary>A track event has neither a member nor an attribute value for a feature grouping key.</summary>
        public static CsbValidationException MissingFeatureGrouping(string typeName, string jsonName, string attributeProperty)
        {
            return new CsbValidationException(
                typeName,
                null,
                $"{typeName} has no {jsonName}, which the CustomerSuccessBox /api/v1_1/feature endpoint requires. Set {attributeProperty} on its [CsbTrack] attribute, or give the type a non-blank member named {jsonName}.");
        }

        /// <summary>A track event's <c>total</c> is negative.</summary>
        public static CsbValidationException NegativeTotal(string typeName, string memberName, string value)
        {
            return new CsbValidationException(
                typeName,
                memberName,
                $"{typeName}.{memberName} (total) is {value}; CustomerSuccessBox rejects a negative usage count. Send 0 or more, or leave it null to count 1.");
        }

        /// <summary>A page event was sent over the CustomerSuccessBox route, which has no page endpoint.</summary>
        public static CsbValidationException PageNotSupported(string typeName)
        {
            return new CsbValidationException(
                typeName,
                null,
                $"{typeName} is a page view, and the CustomerSuccessBox server API has no page endpoint. Send page views over the Segment-compatible route: set CsbClientOptions.Route to CsbRoute.SegmentCompatible.");
        }

        /// <summary>Names the member, and where the value sits inside it: <c>OrderPlaced.Lines (Line.Price)</c>.</summary>
        private static string Subject(string typeName, string memberName, string? location)
        {
            return location is null ? $"{typeName}.{memberName}" : $"{typeName}.{memberName} ({location})";
        }

        /// <summary>The generator could not build a serializer for the type; the analyzer reports why.</summary>
        public static InvalidOperationException SerializerUnavailable(string typeName, string reason)
        {
            return new InvalidOperationException(
                $"CsbGenerators generated no serializer for {typeName}: {reason} Fix the CSB diagnostics that the build reports for this type.");
        }
    }
}
