using System.Text.Json;
using System.Text.Json.Serialization;

namespace CsbGenerators.Benchmarks.Payloads;

/// <summary>The System.Text.Json source-generated baseline: metadata and fast-path serializers for the envelopes.</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = new[] { typeof(SnakeCasePlanTierConverter) })]
[JsonSerializable(typeof(SegmentEnvelope<IdentifyTraits>))]
[JsonSerializable(typeof(SegmentEnvelope<OrderProperties>))]
[JsonSerializable(typeof(SegmentEnvelope<AccountTraits>))]
[JsonSerializable(typeof(SegmentEnvelope<PageProperties>))]
[JsonSerializable(typeof(SegmentEnvelope<CheckoutProperties>))]
public sealed partial class BaselineJsonContext : JsonSerializerContext
{
}

/// <summary>Writes <see cref="PlanTier"/> values as snake_case strings, as the generated serializer does.</summary>
public sealed class SnakeCasePlanTierConverter : JsonStringEnumConverter<PlanTier>
{
    public SnakeCasePlanTierConverter()
        : base(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: true)
    {
    }
}
