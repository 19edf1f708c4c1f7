namespace CsbGenerators.SourceGeneration.Tests.Generator;

/// <summary>Event types in every shape a consumer may write, grouped by the language version and framework they need.</summary>
internal static class ConsumerSources
{
    /// <summary>Event types in C# 7.3 syntax with types every target has, so one source serves every language version and framework.</summary>
    public const string EveryVersion = """
        using System;
        using System.Collections.Generic;
        using System.Collections.Immutable;
        using System.Text.Json;
        using System.Text.Json.Nodes;
        using CsbGenerators;

        public enum Plan { Free, ProTrial }

        [Flags]
        public enum Permissions : byte { None = 0, Read = 1, Write = 2, @ReadWrite = 3 }

        public enum Signed : sbyte { Minus = -1, Zero = 0, [CsbPropertyName("one!")] One = 1 }

        public enum Huge : ulong { Max = ulong.MaxValue }

        public enum Empty { }

        [CsbIdentify]
        public partial class GlobalIdentify
        {
            public string AccountId { get; set; } = "a";
            public string UserId { get; set; } = "u";
            public int? Seats { get; set; }
            public DateTime SignedUpAt { get; set; }
            public Plan Plan { get; set; }
            public Plan? PreviousPlan { get; set; }
            public double Score;
        }

        namespace Shop.Events
        {
            public class Address
            {
                public string Street { get; set; }
                public Geo Location { get; set; }
                public Geo? Backup { get; set; }
                public List<string> Lines;
                [CsbWriteNull] public string Clear { get; set; }
                [CsbIgnore] public object Hidden { get; set; }
            }

            public struct Geo
            {
                public double Lat;
                public double Lon;
            }

            public abstract class Shape
            {
                public string Name { get; set; }
            }

            public class Circle : Shape
            {
                public double Radius { get; set; }
            }

            public class Tags : List<string>
            {
            }

            public class Labels : IEnumerable<string>
            {
                public IEnumerator<string> GetEnumerator() { yield return "x"; }
                System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() { return GetEnumerator(); }
            }

            public class Explicit : IEnumerable<int>
            {
                IEnumerator<int> IEnumerable<int>.GetEnumerator() { yield return 1; }
                System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() { yield return 1; }
            }

            [CsbTrack("Order Received", Product = "Shop", Module = "Orders")]
            public partial class OrderReceived
            {
                public string AccountId { get; set; } = "a";
                public string UserId { get; set; } = "u";
                public string Cost { get; set; } = "$1";
                public int Total { get; set; }
            }

            [CsbTrack("Scalars")]
            public partial class Scalars
            {
                public string AccountId = "a";
                public string UserId = "u";
                public bool Flag;
                public byte Byte;
                public sbyte SByte;
                public short Short;
                public ushort UShort;
                public uint UInt;
                public long Long;
                public ulong ULong;
                public IntPtr NativeInt;
                public UIntPtr NativeUInt;
                public char Letter;
                public float Single;
                public decimal Money;
                public DateTimeOffset At;
                public TimeSpan Duration;
                public Guid Id;
                public Uri Link;
                public byte[] Bytes;
                public JsonElement Json;
                public JsonElement? MaybeJson;
                public JsonNode Node;
                public JsonObject Object;
                public object Anything;
                public Permissions Permissions;
                public Signed Signed;
                public Huge? Huge;
                public Empty Empty;
                [CsbWriteNull] public int? Cleared;
            }

            [CsbIdentify]
            public partial class Collections
            {
                public string AccountId = "a";
                public string UserId = "u";
                public int[] Array;
                public List<string> List;
                public IReadOnlyList<double> ReadOnlyList;
                public IEnumerable<Plan> Sequence;
                public ImmutableArray<int> Immutable;
                public ImmutableArray<int>? MaybeImmutable;
                public HashSet<Guid> Set;
                public ICollection<long> Collection;
                public IList<bool> Mutable;
                public ISet<string> AnySet;
                public int[][] Jagged;
                public List<List<int?>> Nested;
                public Tags Tags;
                public Labels Labels;
                public Explicit Explicit;
                public object[] Objects;
                public List<object> ObjectList;
                public Dictionary<string, int> Counts;
                public IReadOnlyDictionary<string, string> Names;
                public IDictionary<string, Address> Addresses;
                public SortedDictionary<string, Plan> Plans;
                public Dictionary<string, object> Traits;
                public Dictionary<string, List<Address>> Groups;
                public ImmutableDictionary<string, Geo?> Places;
            }

            [CsbAccount]
            public partial struct Nesting
            {
                public string AccountId;
                public Address Address;
                public Address[] History;
                public Shape Shape;
                public Circle Circle;
                public Geo? Where;
                public Generic<int>.Payload Payload;
            }

            public partial class Outer
            {
                [CsbAccount]
                internal partial class Inner
                {
                    public long AccountId { get; set; }
                    public string Name { get; set; } = "n";
                }

                [CsbAccount]
                private partial class Hidden
                {
                    public string AccountId = "a";
                    public Secret Data;
                }

                private class Secret
                {
                    public int Value;
                }
            }

            public partial struct OuterStruct
            {
                [CsbPage("orders")]
                public partial struct PageViewed
                {
                    public Guid AccountId { get; set; }
                    public ulong UserId { get; set; }
                    public decimal Amount { get; set; }
                }
            }

            public partial class Generic<T>
            {
                public class Payload
                {
                    public string Text;
                }

                [CsbAccount]
                public partial class InGeneric
                {
                    public string AccountId { get; set; } = "a";
                    public Payload Data { get; set; }
                }
            }

            [CsbAccount]
            public partial class @class
            {
                public string AccountId { get; set; } = "a";
                public string @event { get; set; } = "e";
            }
        }

        namespace Other.Events
        {
            [CsbTrack("Order Received", Product = "Shop", Module = "Orders")]
            public partial class OrderReceived
            {
                public int? AccountId { get; set; }
                public Guid? UserId { get; set; }
            }
        }
        """;

    public const int EveryVersionEventCount = 11;

    /// <summary>Members of types that netstandard2.0 lacks, in C# 7.3 syntax.</summary>
    public const string NetOnly = """
        using System;
        using System.Collections.Generic;
        using CsbGenerators;

        namespace Dates.Events
        {
            [CsbIdentify]
            public partial class Calendar
            {
                public string AccountId = "a";
                public string UserId = "u";
                public DateOnly Day;
                public TimeOnly? Time;
                public List<DateOnly> Days;
                public Dictionary<string, TimeOnly> Opening;
            }
        }
        """;

    /// <summary>Shapes that need C# 10: a file-scoped namespace, records, record structs, init, required and nullable annotations.</summary>
    public const string Modern = """
        #nullable enable
        using System.Collections.Generic;
        using CsbGenerators;

        namespace Modern.Events;

        public record Line(string Sku, decimal Price, List<string?>? Tags);

        public readonly record struct Money(decimal Amount, string Currency);

        public record Pair<TFirst, TSecond>(TFirst First, TSecond Second);

        [CsbIdentify]
        public partial record UserIdentified(string AccountId, string UserId, string Email, [property: CsbWriteNull] string? Nickname);

        [CsbTrack("Report Created", Product = "Analytics", Module = "Reports")]
        public readonly partial record struct ReportCreated(string AccountId, string UserId, int? Total, Money Price, nint Native);

        [CsbTrack("Order Placed")]
        public partial class OrderPlaced
        {
            public required string AccountId { get; init; }
            public required string UserId { get; init; }
            public List<Line?>? Lines { get; init; }
            public Pair<string?, int>? Annotated { get; init; }
            public Pair<string, int>? Plain { get; init; }
            public Dictionary<string, object?>? Extra { get; init; }
            public IReadOnlyDictionary<string, Line>? ByName { get; init; }
        }

        public partial record Container
        {
            [CsbAccount]
            public sealed partial class Nested
            {
                public required string AccountId { get; init; }
                public Money? Balance { get; init; }
            }
        }
        """;

    public const int ModernEventCount = 4;

    /// <summary>
    /// The compiler types that records, init and required members need. netstandard2.0 lacks them, so a
    /// netstandard2.0 consumer that uses those features declares them, as this source does.
    /// </summary>
    public const string NetStandardPolyfills = """
        namespace System.Runtime.CompilerServices
        {
            internal static class IsExternalInit { }

            internal sealed class RequiredMemberAttribute : Attribute { }

            internal sealed class CompilerFeatureRequiredAttribute : Attribute
            {
                public CompilerFeatureRequiredAttribute(string featureName) { FeatureName = featureName; }

                public string FeatureName { get; }
            }
        }

        namespace System.Diagnostics.CodeAnalysis
        {
            internal sealed class SetsRequiredMembersAttribute : Attribute { }
        }
        """;
}
