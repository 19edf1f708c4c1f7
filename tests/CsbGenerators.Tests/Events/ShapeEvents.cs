using System;

// Event types in every declaration form the generator must handle: the global namespace, a
// file-scoped namespace (the other files), a nested type, a struct, a record and numeric ids.

[CsbGenerators.CsbTrack("Global Event", Product = "P", Module = "M")]
public partial class GlobalNamespaceEvent
{
    public string? AccountId { get; set; }

    public string? UserId { get; set; }
}

namespace CsbGenerators.Tests.Events
{
    public partial class Outer
    {
        public partial struct Middle
        {
            [CsbIdentify]
            public partial record NestedIdentify(string AccountId, string UserId, [property: CsbPropertyName("plan")] string PlanName);
        }
    }

    [CsbAccount]
    public partial struct NumericAccount
    {
        public long AccountId { get; set; }

        public int? Seats { get; set; }
    }

    public enum Plan
    {
        Free,
        ProTrial,
        EnterpriseXL,
    }

    [CsbIdentify]
    public partial record struct ScalarIdentify
    {
        public Guid AccountId { get; init; }

        public int? UserId { get; init; }

        public bool Active { get; init; }

        public byte Level { get; init; }

        public short Rank { get; init; }

        public uint Logins { get; init; }

        public ulong Bytes { get; init; }

        public double Score { get; init; }

        public float Ratio { get; init; }

        public decimal Revenue { get; init; }

        public DateTime SignedUpAt { get; init; }

        public DateTimeOffset LastSeenAt { get; init; }

        public Plan Plan { get; init; }

        public Plan? PreviousPlan { get; init; }

        public Guid? InviteId { get; init; }

        [CsbIgnore]
        public string? Password { get; init; }

        [CsbPropertyName("Custom Name")]
        public string? Renamed { get; init; }

        public static string StaticValue => "not serialized";
    }

    [CsbTrack("Report Created", Product = "Analytics", Module = "Reports")]
    public partial class FeatureWithTotal
    {
        public string AccountId { get; set; } = "";

        public string UserId { get; set; } = "";

        public int? Total { get; set; }

        public string? ModuleId { get; set; }
    }

    /// <summary>Native-sized integers, which System.Text.Json rejects and this project writes as numbers.</summary>
    [CsbAccount]
    public partial class NativeIntegerTraits
    {
        public string AccountId { get; set; } = "";

        public nint Signed { get; set; }

        public nuint Unsigned { get; set; }
    }

    public enum Marked
    {
        [CsbPropertyName("<é & \"'+`>")]
        [System.Text.Json.Serialization.JsonStringEnumMemberName("<é & \"'+`>")]
        Odd,
    }

    /// <summary>Names and values with characters the encoder escapes: HTML-sensitive, quotes and non-ASCII.</summary>
    [CsbAccount]
    public partial class EscapingTraits
    {
        public string AccountId { get; set; } = "";

        [CsbPropertyName("<é & \"'+`>")]
        [System.Text.Json.Serialization.JsonPropertyName("<é & \"'+`>")]
        public string? Odd { get; set; }

        public Marked Marked { get; set; }

        public System.Collections.Generic.Dictionary<string, string>? Keys { get; set; }
    }
}
