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
                $"{typeName}.{memberName} ({jsonName}) is null or blank. CustomerSuccessBox drops an event without a {jsonName}; set {memberName} to a non-blank value before sending.");
        }

        /// <summary>A <see cref="DateTime"/> member has <see cref="DateTimeKind.Unspecified"/>.</summary>
        public static CsbValidationException UnspecifiedDateTime(string typeName, string memberName)
        {
            return new CsbValidationException(
                typeName,
                memberName,
                $"{typeName}.{memberName} is a DateTime of kind Unspecified, which names no instant. Use DateTime.UtcNow, DateTime.SpecifyKind(value, DateTimeKind.Utc) or a DateTimeOffset.");
        }

        /// <summary>A floating-point member is NaN or an infinity, which JSON cannot carry.</summary>
        public static CsbValidationException NonFiniteNumber(string typeName, string memberName, double value)
        {
            return new CsbValidationException(
                typeName,
                memberName,
                $"{typeName}.{memberName} is {value.ToString(CultureInfo.InvariantCulture)}, which JSON cannot carry. Send a finite number, or make the member nullable and leave it null.");
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

        /// <summary>The generator could not build a serializer for the type; the analyzer reports why.</summary>
        public static InvalidOperationException SerializerUnavailable(string typeName, string reason)
        {
            return new InvalidOperationException(
                $"CsbGenerators generated no serializer for {typeName}: {reason} Fix the CSB diagnostics that the build reports for this type.");
        }
    }
}
