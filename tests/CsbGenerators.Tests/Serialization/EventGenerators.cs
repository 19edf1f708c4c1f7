using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json.Nodes;
using CsbGenerators.Tests.Events;
using CsbGenerators.Tests.Events.Generic;
using CsCheck;
using static CsbGenerators.Tests.Serialization.ValueGenerators;

namespace CsbGenerators.Tests.Serialization;

/// <summary>A generator of random instances for each event type in <c>EquivalenceEvents.cs</c>.</summary>
internal static class EventGenerators
{
    public static readonly Gen<ScalarTraits> ScalarTraits = Gen.Select(
        Gen.Select(Id, Id, Gen.Bool, Gen.Byte, Gen.SByte, Gen.Short, Gen.UShort, Gen.Int),
        Gen.Select(Gen.UInt, Gen.Long, Gen.ULong, Character, AnySingle, AnyDouble, AnyDecimal, AnyDateTime),
        Gen.Select(AnyDateTimeOffset, AnyDateOnly, AnyTimeOnly, AnyTimeSpan, Gen.Guid, AnyUri.Null(0.2), AnyBytes.Null(0.2), NullableText),
        Gen.Int,
        (a, b, c, field) => new ScalarTraits
        {
            AccountId = a.Item1,
            UserId = a.Item2,
            Active = a.Item3,
            Byte = a.Item4,
            SByte = a.Item5,
            Short = a.Item6,
            UShort = a.Item7,
            Int = a.Item8,
            UInt = b.Item1,
            Long = b.Item2,
            ULong = b.Item3,
            Letter = b.Item4,
            Single = b.Item5,
            Double = b.Item6,
            Decimal = b.Item7,
            SignedUpAt = b.Item8,
            LastSeenAt = c.Item1,
            Birthday = c.Item2,
            Alarm = c.Item3,
            Duration = c.Item4,
            Id = c.Item5,
            Homepage = c.Item6,
            Avatar = c.Item7,
            Name = c.Item8,
            Field = field,
        });

    public static readonly Gen<NullableProperties> NullableProperties = Gen.Select(
        Gen.Select(Id, Id, OrNull(Gen.Bool), OrNull(Gen.Int), OrNull(Gen.Long), OrNull(AnyDouble), OrNull(AnySingle), OrNull(AnyDecimal)),
        Gen.Select(OrNull(Character), OrNull(AnyDateTime), OrNull(AnyDateTimeOffset), OrNull(AnyDateOnly), OrNull(AnyTimeOnly), OrNull(AnyTimeSpan), OrNull(Gen.Guid), OrNull(AnyTier)),
        Gen.Select(OrNull(AnyAccess), NullableText, NullableText, OrNull(Gen.Int)),
        (a, b, c) => new NullableProperties
        {
            AccountId = a.Item1,
            UserId = a.Item2,
            Active = a.Item3,
            Count = a.Item4,
            Total = a.Item5,
            Ratio = a.Item6,
            Weight = a.Item7,
            Price = a.Item8,
            Initial = b.Item1,
            At = b.Item2,
            Seen = b.Item3,
            Day = b.Item4,
            Time = b.Item5,
            Span = b.Item6,
            Reference = b.Item7,
            Tier = b.Item8,
            Access = c.Item1,
            Note = c.Item2,
            Cleared = c.Item3,
            ClearedCount = c.Item4,
        });

    public static readonly Gen<EnumTraits> EnumTraits = Gen.Select(
        Gen.Select(Id, AnyTier, AnyAccess, AnyLevel, AnyWide, OrNull(AnyTier)),
        Gen.Select(NullableList(AnyAccess), AnyDictionary(AnyLevel).Null(0.2)),
        (a, b) => new EnumTraits
        {
            AccountId = a.Item1,
            Tier = a.Item2,
            Access = a.Item3,
            Level = a.Item4,
            Wide = a.Item5,
            PreviousTier = a.Item6,
            History = b.Item1,
            Levels = b.Item2,
        });

    public static readonly Gen<CollectionProperties> CollectionProperties = Gen.Select(
        Gen.Select(Id, Id, Gen.Int.Array[0, 5].Null(0.2), NullableText.Array[0, 5].Null(0.2), NullableList(AnyDouble), NullableList(AnyDecimal), NullableList(Gen.Long), AnyImmutableArray(Gen.Guid)),
        Gen.Select(OrNull(AnyImmutableArray(Gen.Int)), NullableList(Text), NullableList(Gen.Bool), NullableList(Character), NullableList(Gen.Short), NullableList(AnyList(OrNull(Gen.Int))), Gen.Int.Array[0, 3].Array[0, 3].Null(0.2), NullableList(Text)),
        Gen.Select(NullableList(Gen.Byte), NullableList(AnyTier), NullableList(AnyDateOnly), Gen.Bool),
        (a, b, c) => new CollectionProperties
        {
            AccountId = a.Item1,
            UserId = a.Item2,
            Numbers = a.Item3,
            Words = a.Item4,
            Scores = a.Item5,
            Prices = a.Item6,

            // A lazy sequence, so the serializers enumerate an IEnumerable<T> that is no collection.
            Sequence = a.Item7?.Select(x => x),
            Ids = a.Item8,
            MaybeIds = b.Item1,
            Set = b.Item2 is null ? null : new HashSet<string>(b.Item2),
            Flags = b.Item3,
            Letters = b.Item4,
            Shorts = b.Item5 is null ? null : new SortedSet<short>(b.Item5),
            Grid = b.Item6,
            Jagged = b.Item7,
            Tags = ToTags(b.Item8),
            SmallNumbers = c.Item1?.ToImmutableList(),
            Tiers = c.Item4 ? c.Item2 : c.Item2?.ToArray(),
            Days = c.Item3,
        });

    public static readonly Gen<DictionaryTraits> DictionaryTraits = Gen.Select(
        Gen.Select(Id, Id, AnyDictionary(Gen.Int).Null(0.2), AnyDictionary(NullableText).Null(0.2), AnyDictionary(AnyDouble).Null(0.2)),
        Gen.Select(AnyDictionary(Gen.Bool).Null(0.2), AnyDictionary(Gen.Long).Null(0.2), AnyDictionary(AnyList(Text)).Null(0.2), AnyDictionary(AnyAddress.Null(0.3)).Null(0.2), AnyDictionary(AnyDictionary(Gen.Int)).Null(0.3)),
        (a, b) => new DictionaryTraits
        {
            AccountId = a.Item1,
            UserId = a.Item2,
            Counts = a.Item3,
            Labels = a.Item4,
            Ratios = a.Item5,
            Switches = b.Item1 is null ? null : new SortedDictionary<string, bool>(b.Item1, System.StringComparer.Ordinal),
            Totals = b.Item2?.ToImmutableDictionary(),
            Groups = b.Item3,
            Addresses = b.Item4,
            Matrix = b.Item5,
        });

    public static readonly Gen<NestedObjectProperties> NestedObjectProperties = Gen.Select(
        Gen.Select(Id, Id, AnyAddress.Null(0.2), NullableList(AnyAddress), AnyLine.Array[0, 4].Null(0.2)),
        Gen.Select(AnyMoney, OrNull(AnyMoney), AnyShape.Null(0.2), Gen.Select(NullableText, AnyDouble, (name, radius) => new Circle { Name = name, Radius = radius }).Null(0.2), AnyGeo),
        (a, b) => new NestedObjectProperties
        {
            AccountId = a.Item1,
            UserId = a.Item2,
            Billing = a.Item3,
            Shipping = a.Item4,
            Lines = a.Item5,
            Total = b.Item1,
            Discount = b.Item2,
            Shape = b.Item3,
            Circle = b.Item4,
            Center = b.Item5,
        });

    public static readonly Gen<FreeFormProperties> FreeFormProperties = Gen.Select(
        Id, Id, FreeForm, AnyDictionary(FreeForm).Null(0.2), NullableList(FreeForm), FreeForm.Array[0, 4].Null(0.2), AnyDictionary(FreeForm).Null(0.3),
        (accountId, userId, anything, traits, items, array, readOnly) => new FreeFormProperties
        {
            AccountId = accountId,
            UserId = userId,
            Anything = anything,
            Traits = traits,
            Items = items,
            Array = array,
            ReadOnly = readOnly,
        });

    public static readonly Gen<JsonValueTraits> JsonValueTraits = Gen.Select(
        Id, AnyJsonElementOrDefault, OrNull(AnyJsonElementOrDefault), AnyJsonNode, Gen.Bool, NullableList(AnyJsonElement), AnyDictionary(AnyJsonNode).Null(0.2),
        (accountId, element, maybeElement, node, withContainers, elements, nodes) => new JsonValueTraits
        {
            AccountId = accountId,
            Element = element,
            MaybeElement = maybeElement,
            Node = node,
            Object = withContainers ? new JsonObject { ["a"] = 1, ["b"] = new JsonArray(1, "x", null) } : null,
            Array = withContainers ? new JsonArray(true, 2.5, new JsonObject()) : null,
            Elements = elements,
            Nodes = nodes,
        });

    public static readonly Gen<PositionalIdentify> PositionalIdentify = Gen.Select(
        Id, Id, NullableText, NullableText, Gen.Int, AnyTier,
        (accountId, userId, email, password, age, tier) => new PositionalIdentify(accountId, userId, email, password, age, tier));

    public static readonly Gen<RecordStructTrack> RecordStructTrack = Gen.Select(
        Id, Id, AnyMoney, OrNull(Gen.Int), AnyImmutableArray(Text),
        (accountId, userId, price, quantity, labels) => new RecordStructTrack(accountId, userId, price, quantity, labels));

    public static readonly Gen<DerivedAccount> DerivedAccount = Gen.Select(
        Gen.Select(Id, NullableText, NullableText, Gen.Int, Text),
        Gen.Select(Gen.Select(Text, Gen.Int, (first, second) => new Pair<string, int>(first, second)).Null(0.3), NullableText),
        (a, b) => new DerivedAccount
        {
            AccountId = a.Item1,
            Name = a.Item2,
            Region = a.Item3,
            Seats = a.Item4,
            Plan = a.Item5,
            Ranking = b.Item1,
            Secret = b.Item2,
        });

    public static readonly Gen<Container<int>.Viewed> GenericViewed = Gen.Select(
        Id, Id, Widget.Null(0.2), AnyDictionary(Widget).Null(0.2), Gen.Select(AnyTier, OrNull(AnyMoney), (tier, money) => new Pair<Tier, Money?>(tier, money)).Null(0.2),
        (accountId, userId, widget, widgets, setting) => new Container<int>.Viewed
        {
            AccountId = accountId,
            UserId = userId,
            Widget = widget,
            Widgets = widgets,
            Setting = setting,
        });

    private static Gen<Container<int>.Widget> Widget => Gen.Select(
        NullableText,
        NullableList(Gen.Select(Text, AnyDouble, (label, value) => new Pair<string, double>(label, value))),
        (title, points) => new Container<int>.Widget { Title = title, Points = points });

    private static Tags? ToTags(List<string>? items)
    {
        if (items is null)
        {
            return null;
        }

        var tags = new Tags();
        tags.AddRange(items);
        return tags;
    }
}
