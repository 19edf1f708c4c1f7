using System.ComponentModel;
using System.Text.Json;

namespace CsbGenerators.Serialization
{
    /// <summary>
    /// Pre-encoded JSON names and constant values shared by every generated serializer. Generated code
    /// uses these; they are not meant for direct use.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class CsbJsonNames
    {
        // Segment-spec message fields.
#pragma warning disable CS1591 // Each field's name is its JSON text; a summary per field would repeat it.
        public static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");
        public static readonly JsonEncodedText Event = JsonEncodedText.Encode("event");
        public static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
        public static readonly JsonEncodedText UserId = JsonEncodedText.Encode("userId");
        public static readonly JsonEncodedText AnonymousId = JsonEncodedText.Encode("anonymousId");
        public static readonly JsonEncodedText GroupId = JsonEncodedText.Encode("groupId");
        public static readonly JsonEncodedText MessageId = JsonEncodedText.Encode("messageId");
        public static readonly JsonEncodedText Timestamp = JsonEncodedText.Encode("timestamp");
        public static readonly JsonEncodedText Context = JsonEncodedText.Encode("context");
        public static readonly JsonEncodedText Library = JsonEncodedText.Encode("library");
        public static readonly JsonEncodedText Version = JsonEncodedText.Encode("version");
        public static readonly JsonEncodedText Traits = JsonEncodedText.Encode("traits");
        public static readonly JsonEncodedText Properties = JsonEncodedText.Encode("properties");

        // Values of the Segment-spec "type" field.
        public static readonly JsonEncodedText IdentifyType = JsonEncodedText.Encode("identify");
        public static readonly JsonEncodedText TrackType = JsonEncodedText.Encode("track");
        public static readonly JsonEncodedText GroupType = JsonEncodedText.Encode("group");
        public static readonly JsonEncodedText PageType = JsonEncodedText.Encode("page");

        // CustomerSuccessBox keys.
        public static readonly JsonEncodedText AccountIdKey = JsonEncodedText.Encode("account_id");
        public static readonly JsonEncodedText UserIdKey = JsonEncodedText.Encode("user_id");
        public static readonly JsonEncodedText ProductIdKey = JsonEncodedText.Encode("product_id");
        public static readonly JsonEncodedText ModuleIdKey = JsonEncodedText.Encode("module_id");
        public static readonly JsonEncodedText FeatureIdKey = JsonEncodedText.Encode("feature_id");
        public static readonly JsonEncodedText TotalKey = JsonEncodedText.Encode("total");
        public static readonly JsonEncodedText FeatureType = JsonEncodedText.Encode("feature");
#pragma warning restore CS1591
    }
}
