using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

// Event types that cover every supported member type and shape. The property-based tests serialize random
// instances with the generated code and with System.Text.Json, so members that the generator names,
// ignores or writes as null through CsbGenerators attributes carry the System.Text.Json attribute too.

namespace CsbGenerators.Tests.Events
{
    public enum Tier
    {
        Free,
        ProTrial,
        [CsbPropertyName("enterprise!")]
        [JsonStringEnumMemberName("enterprise!")]
        EnterpriseXL,
        Legacy = Free,
    }

    [Flags]
    public enum Access : byte
    {
        None = 0,
        Read = 1,
        Write = 2,
        ReadWrite = 3,
        Delete = 4,
        [CsbPropertyName("ADMIN")]
        [JsonStringEnumMemberName("ADMIN")]
        Admin = 8,
    }

    public enum Level : sbyte
    {
        Low = -1,
        Mid = 0,
        High = 1,
    }

    [Flags]
    public enum Wide : ulong
    {
        Bottom = 1,
        Top = 1UL << 63,
    }

    /// <summary>An enum without renamed fields, for free-form values, which cannot read the attributes.</summary>
    public enum Color
    {
        Red,
        DarkGreen,
        Blue,
    }

    [Flags]
    public enum Style
    {
        None = 0,
        Bold = 1,
        Italic = 2,
        Underline = 4,
    }

    public struct Geo
    {
        public double Lat;

        public double Lon;
    }

    public class Address
    {
        public string? Street { get; set; }

        public string? City { get; set; }

        public Geo Location { get; set; }

        public Geo? Entrance { get; set; }

        public List<string?>? Lines { get; set; }

        public Dictionary<string, object?>? Extra { get; set; }

        [CsbIgnore]
        [JsonIgnore]
        public string? Internal { get; set; }

        [CsbPropertyName("zip-code")]
        [JsonPropertyName("zip-code")]
        public string? ZipCode;
    }

    public record Line(string Sku, decimal Price, int Quantity, Tier Tier);

    public readonly record struct Money(decimal Amount, string Currency);

    public abstract class Shape
    {
        public string? Name { get; set; }

        public abstract double Area { get; }
    }

    public class Circle : Shape
    {
        public double Radius { get; set; }

        public override double Area => 3 * Radius * Radius;
    }

    public class Square : Shape
    {
        public double Side { get; set; }

        public override double Area => Side * Side;
    }

    public class Tags : List<string>
    {
    }

    public record Pair<TFirst, TSecond>(TFirst First, TSecond Second);

    [CsbIdentify]
    public partial class ScalarTraits
    {
        public string AccountId { get; set; } = "";

        public string UserId { get; set; } = "";

        public bool Active { get; set; }

        public byte Byte { get; set; }

        public sbyte SByte { get; set; }

        public short Short { get; set; }

        public ushort UShort { get; set; }

        public int Int { get; set; }

        public uint UInt { get; set; }

        public long Long { get; set; }

        public ulong ULong { get; set; }

        public char Letter { get; set; }

        public float Single { get; set; }

        public double Double { get; set; }

        public decimal Decimal { get; set; }

        public DateTime SignedUpAt { get; set; }

        public DateTimeOffset LastSeenAt { get; set; }

        public DateOnly Birthday { get; set; }

        public TimeOnly Alarm { get; set; }

        public TimeSpan Duration { get; set; }

        public Guid Id { get; set; }

        public Uri? Homepage { get; set; }

        public byte[]? Avatar { get; set; }

        public string? Name { get; set; }

        public int Field;
    }

    [CsbTrack("Nullable Properties")]
    public partial record NullableProperties
    {
        public string AccountId { get; init; } = "";

        public string UserId { get; init; } = "";

        public bool? Active { get; init; }

        public int? Count { get; init; }

        public long? Total { get; init; }

        public double? Ratio { get; init; }

        public float? Weight { get; init; }

        public decimal? Price { get; init; }

        public char? Initial { get; init; }

        public DateTime? At { get; init; }

        public DateTimeOffset? Seen { get; init; }

        public DateOnly? Day { get; init; }

        public TimeOnly? Time { get; init; }

        public TimeSpan? Span { get; init; }

        public Guid? Reference { get; init; }

        public Tier? Tier { get; init; }

        public Access? Access { get; init; }

        public string? Note { get; init; }

        [CsbWriteNull]
        [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
        public string? Cleared { get; init; }

        [CsbWriteNull]
        [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
        public int? ClearedCount { get; init; }
    }

    [CsbAccount]
    public partial struct EnumTraits
    {
        public string AccountId { get; set; }

        public Tier Tier { get; set; }

        public Access Access { get; set; }

        public Level Level { get; set; }

        public Wide Wide { get; set; }

        public Tier? PreviousTier { get; set; }

        public List<Access>? History { get; set; }

        public Dictionary<string, Level>? Levels { get; set; }
    }

    [CsbTrack("Collection Properties")]
    public partial class CollectionProperties
    {
        public string AccountId { get; set; } = "";

        public string UserId { get; set; } = "";

        public int[]? Numbers { get; set; }

        public string?[]? Words { get; set; }

        public List<double>? Scores { get; set; }

        public IReadOnlyList<decimal>? Prices { get; set; }

        public IEnumerable<long>? Sequence { get; set; }

        public ImmutableArray<Guid> Ids { get; set; }

        public ImmutableArray<int>? MaybeIds { get; set; }

        public HashSet<string>? Set { get; set; }

        public IList<bool>? Flags { get; set; }

        public ICollection<char>? Letters { get; set; }

        public ISet<short>? Shorts { get; set; }

        public List<List<int?>>? Grid { get; set; }

        public int[][]? Jagged { get; set; }

        public Tags? Tags { get; set; }

        public ImmutableList<byte>? SmallNumbers { get; set; }

        public IReadOnlyCollection<Tier>? Tiers { get; set; }

        public List<DateOnly>? Days { get; set; }
    }

    [CsbIdentify]
    public partial class DictionaryTraits
    {
        public string AccountId { get; set; } = "";

        public string UserId { get; set; } = "";

        public Dictionary<string, int>? Counts { get; set; }

        public IReadOnlyDictionary<string, string?>? Labels { get; set; }

        public IDictionary<string, double>? Ratios { get; set; }

        public SortedDictionary<string, bool>? Switches { get; set; }

        public ImmutableDictionary<string, long>? Totals { get; set; }

        public Dictionary<string, List<string>>? Groups { get; set; }

        public Dictionary<string, Address?>? Addresses { get; set; }

        public Dictionary<string, Dictionary<string, int>>? Matrix { get; set; }
    }

    [CsbPage("orders")]
    public partial class NestedObjectProperties
    {
        public string AccountId { get; set; } = "";

        public string UserId { get; set; } = "";

        public Address? Billing { get; set; }

        public List<Address>? Shipping { get; set; }

        public Line[]? Lines { get; set; }

        public Money Total { get; set; }

        public Money? Discount { get; set; }

        public Shape? Shape { get; set; }

        public Circle? Circle { get; set; }

        public Geo Center;
    }

    [CsbTrack("Free Form Properties")]
    public partial class FreeFormProperties
    {
        public string AccountId { get; set; } = "";

        public string UserId { get; set; } = "";

        public object? Anything { get; set; }

        public Dictionary<string, object?>? Traits { get; set; }

        public List<object?>? Items { get; set; }

        public object?[]? Array { get; set; }

        public IReadOnlyDictionary<string, object?>? ReadOnly { get; set; }
    }

    [CsbAccount]
    public partial class JsonValueTraits
    {
        public string AccountId { get; set; } = "";

        public JsonElement Element { get; set; }

        public JsonElement? MaybeElement { get; set; }

        public JsonNode? Node { get; set; }

        public JsonObject? Object { get; set; }

        public JsonArray? Array { get; set; }

        public List<JsonElement>? Elements { get; set; }

        public Dictionary<string, JsonNode?>? Nodes { get; set; }
    }

    [CsbIdentify]
    public partial record PositionalIdentify(
        string AccountId,
        string UserId,
        [property: CsbPropertyName("e-mail"), JsonPropertyName("e-mail")] string? Email,
        [property: CsbIgnore, JsonIgnore] string? Password,
        int Age,
        Tier Tier);

    [CsbTrack("Record Struct Track")]
    public readonly partial record struct RecordStructTrack(string AccountId, string UserId, Money Price, int? Quantity, ImmutableArray<string> Labels);

    public abstract class AccountBase
    {
        public string AccountId { get; set; } = "";

        public virtual string? Name { get; set; }

        public string? Region { get; set; }

        public int Seats;

        public string Summary => $"{Name} ({Seats})";
    }

    [CsbAccount]
    public partial class DerivedAccount : AccountBase
    {
        public static string Ignored => "static";

        public override string? Name { get; set; }

        public new string? Region { get; set; }

        public required string Plan { get; init; }

        public Pair<string, int>? Ranking { get; init; }

        [CsbIgnore]
        [JsonIgnore]
        public string? Secret { get; set; }

        public int this[int index] => index;

        private string? Hidden { get; set; }

        public string? HiddenLength => Hidden;
    }
}
