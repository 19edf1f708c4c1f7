using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsbGenerators.Tests.Events;
using CsCheck;

namespace CsbGenerators.Tests.Serialization;

/// <summary>
/// Generators of member values, with the awkward cases mixed in: characters the encoder escapes, surrogate
/// pairs, extreme numbers and dates. Values that this project rejects (an unpaired surrogate, NaN, an
/// unspecified DateTime, a default ImmutableArray or JsonElement) come rarely, so most instances compare.
/// </summary>
internal static class ValueGenerators
{
    /// <summary>Valid text: ASCII, characters the encoder escapes, other scripts and surrogate pairs.</summary>
    public static readonly Gen<string> ValidText = Gen.Frequency(
            (30, Gen.Char[' ', '~'].Select(c => c.ToString())),
            (4, Gen.Char["<>&'\"+`\\/"].Select(c => c.ToString())),
            (3, Gen.Char['\0', '\u001f'].Select(c => c.ToString())),
            (5, Gen.Char['\u00a0', '\u07ff'].Select(c => c.ToString())),
            (4, Gen.Char['\u4e00', '\u9fff'].Select(c => c.ToString())),
            (2, Gen.Char["\u2028\u2029\ufeff\ufffd\uffff"].Select(c => c.ToString())),
            (3, Gen.Int[0x10000, 0x10ffff].Select(char.ConvertFromUtf32)))
        .List[0, 8]
        .Select(pieces => string.Concat(pieces));

    /// <summary>Text that is now and then invalid: a surrogate without its pair somewhere in it.</summary>
    public static readonly Gen<string> Text = Gen.Frequency(
        (400, ValidText),
        (1, Gen.Select(ValidText, Gen.Char['\ud800', '\udfff'], ValidText, (before, surrogate, after) => before + surrogate + after)));

    public static readonly Gen<string?> NullableText = Text.Null(0.2);

    /// <summary>Ids that pass validation: never blank.</summary>
    public static readonly Gen<string> Id = Gen.String[Gen.Char.AlphaNumeric, 1, 12];

    public static readonly Gen<char> Character = Gen.Frequency(
        (300, Gen.Char[' ', '\ud7ff']),
        (100, Gen.Char['\ue000', '\uffff']),
        (1, Gen.Char['\ud800', '\udfff']));

    public static readonly Gen<double> AnyDouble = Gen.Frequency(
        (60, Gen.Double.Where(double.IsFinite)),
        (20, Gen.Double[-1000, 1000]),
        (10, Gen.OneOf(Gen.Const(0.0), Gen.Const(-0.0), Gen.Const(double.MaxValue), Gen.Const(double.MinValue), Gen.Const(double.Epsilon), Gen.Const(0.1))),
        (1, Gen.OneOf(Gen.Const(double.NaN), Gen.Const(double.PositiveInfinity), Gen.Const(double.NegativeInfinity))));

    public static readonly Gen<float> AnySingle = Gen.Frequency(
        (80, Gen.Float.Where(float.IsFinite)),
        (10, Gen.OneOf(Gen.Const(0f), Gen.Const(float.MaxValue), Gen.Const(float.Epsilon), Gen.Const(1.1f))),
        (1, Gen.OneOf(Gen.Const(float.NaN), Gen.Const(float.NegativeInfinity))));

    public static readonly Gen<decimal> AnyDecimal = Gen.Frequency(
        (70, Gen.Decimal),
        (20, Gen.Long.Select(l => l / 100m)),
        (10, Gen.OneOf(Gen.Const(decimal.MaxValue), Gen.Const(decimal.MinValue), Gen.Const(1.50m), Gen.Const(0.000m))));

    /// <summary>UTC and local times across the whole range, now and then one of unspecified kind.</summary>
    public static readonly Gen<DateTime> AnyDateTime = Gen.Select(
        Gen.Long[System.DateTime.MinValue.Ticks, System.DateTime.MaxValue.Ticks],
        Gen.Frequency((100, Gen.Const(DateTimeKind.Utc)), (100, Gen.Const(DateTimeKind.Local)), (1, Gen.Const(DateTimeKind.Unspecified))),
        (ticks, kind) => new DateTime(ticks, kind));

    /// <summary>Instants with offsets up to 14 hours, kept a day inside the range so the UTC time exists.</summary>
    public static readonly Gen<DateTimeOffset> AnyDateTimeOffset = Gen.Select(
        Gen.Long[System.TimeSpan.TicksPerDay, System.DateTime.MaxValue.Ticks - System.TimeSpan.TicksPerDay],
        Gen.Int[-14 * 60, 14 * 60],
        (ticks, minutes) => new DateTimeOffset(ticks, System.TimeSpan.FromMinutes(minutes)));

    public static readonly Gen<DateOnly> AnyDateOnly = Gen.Int[0, System.DateOnly.MaxValue.DayNumber].Select(System.DateOnly.FromDayNumber);

    public static readonly Gen<TimeOnly> AnyTimeOnly = Gen.Long[0, System.TimeSpan.TicksPerDay - 1].Select(ticks => new TimeOnly(ticks));

    public static readonly Gen<TimeSpan> AnyTimeSpan = Gen.Frequency(
        (70, Gen.Long.Select(ticks => new System.TimeSpan(ticks))),
        (30, Gen.Long[-10 * System.TimeSpan.TicksPerDay, 10 * System.TimeSpan.TicksPerDay].Select(ticks => new System.TimeSpan(ticks))));

    public static readonly Gen<Uri> AnyUri = Gen.Select(
        Gen.OneOf(Gen.Const("https://example.com/"), Gen.Const("HTTP://Example.COM:8080/a%20b/"), Gen.Const("../relative/"), Gen.Const("mailto:someone@example.com?subject=")),
        Gen.String[Gen.Char.AlphaNumeric, 0, 10],
        (prefix, path) => new Uri(prefix + path, UriKind.RelativeOrAbsolute));

    public static readonly Gen<byte[]> AnyBytes = Gen.Byte.Array[0, 20];

    public static readonly Gen<JsonElement> AnyJsonElement = Gen.OneOf(
        Gen.Const("null"), Gen.Const("true"), Gen.Const("1.50"), Gen.Const("\"caf\\u00e9 \\ud83d\\ude00\""), Gen.Const("[1,[2,{\"a\":null}]]"), Gen.Const("{\"nested\":{\"list\":[\"x\",-0.0e5]}}"))
        .Select(text => System.Text.Json.JsonDocument.Parse(text).RootElement.Clone());

    /// <summary>Now and then the default element, which contains no JSON value and is rejected.</summary>
    public static readonly Gen<JsonElement> AnyJsonElementOrDefault = Gen.Frequency((60, AnyJsonElement), (1, Gen.Const(default(JsonElement))));

    public static readonly Gen<JsonNode?> AnyJsonNode = AnyJsonElement.Select(element => System.Text.Json.Nodes.JsonNode.Parse(element.GetRawText()));

    public static Gen<T?> OrNull<T>(Gen<T> gen)
        where T : struct
    {
        return gen.Nullable(0.25);
    }

    public static Gen<List<T>> AnyList<T>(Gen<T> gen) => gen.List[0, 5];

    public static Gen<List<T>?> NullableList<T>(Gen<T> gen) => AnyList(gen).Null(0.2);

    /// <summary>A dictionary with distinct keys; text keys may be invalid now and then, like any text.</summary>
    public static Gen<Dictionary<string, T>> AnyDictionary<T>(Gen<T> values)
    {
        return Gen.Select(Text, values).List[0, 5].Select(pairs =>
        {
            var dictionary = new Dictionary<string, T>();
            foreach (var (key, value) in pairs)
            {
                dictionary.TryAdd(key, value);
            }

            return dictionary;
        });
    }

    /// <summary>Now and then the default array, which is neither empty nor null and is rejected.</summary>
    public static Gen<ImmutableArray<T>> AnyImmutableArray<T>(Gen<T> gen)
    {
        return Gen.Frequency(
            (40, gen.Array[0, 5].Select(items => System.Collections.Immutable.ImmutableArray.Create(items))),
            (1, Gen.Const(default(ImmutableArray<T>))));
    }

    public static readonly Gen<Tier> AnyTier = Gen.Enum<Tier>();

    /// <summary>Declared flag values, their combinations, and values with bits that no field has.</summary>
    public static readonly Gen<Access> AnyAccess = Gen.Frequency(
        (5, Gen.Enum<Access>()),
        (5, Gen.Byte[0, 15].Select(b => (Access)b)),
        (1, Gen.Byte.Select(b => (Access)b)));

    public static readonly Gen<Level> AnyLevel = Gen.Frequency((5, Gen.Enum<Level>()), (1, Gen.SByte.Select(b => (Level)b)));

    public static readonly Gen<Wide> AnyWide = Gen.OneOf(Gen.Const((Wide)0), Gen.Const(Events.Wide.Bottom), Gen.Const(Events.Wide.Top), Gen.Const(Events.Wide.Top | Events.Wide.Bottom), Gen.Const((Wide)2));

    public static readonly Gen<Geo> AnyGeo = Gen.Select(AnyDouble, AnyDouble, (lat, lon) => new Geo { Lat = lat, Lon = lon });

    public static readonly Gen<Address> AnyAddress = Gen.Select(
        Gen.Select(NullableText, NullableText, AnyGeo, OrNull(AnyGeo)),
        Gen.Select(NullableList(NullableText), NullableText, NullableText, Gen.Bool),
        (first, second) => new Address
        {
            Street = first.Item1,
            City = first.Item2,
            Location = first.Item3,
            Entrance = first.Item4,
            Lines = second.Item1,
            Extra = second.Item4 ? new Dictionary<string, object?> { ["level"] = 1, ["nested"] = new object?[] { "x", null, 2.5 } } : null,
            Internal = second.Item2,
            ZipCode = second.Item3,
        });

    public static readonly Gen<Line> AnyLine = Gen.Select(Text, AnyDecimal, Gen.Int, AnyTier, (sku, price, quantity, tier) => new Line(sku, price, quantity, tier));

    public static readonly Gen<Money> AnyMoney = Gen.Select(AnyDecimal, Text, (amount, currency) => new Money(amount, currency));

    public static readonly Gen<Shape> AnyShape = Gen.OneOf<Shape>(
        Gen.Select(NullableText, AnyDouble, (name, radius) => (Shape)new Circle { Name = name, Radius = radius }),
        Gen.Select(NullableText, AnyDouble, (name, side) => (Shape)new Square { Name = name, Side = side }));

    /// <summary>Every runtime type that the free-form writer supports, as a boxed value.</summary>
    public static readonly Gen<object?> FreeFormScalar = Gen.OneOf<object?>(
        Gen.Const((object?)null),
        Text.Select(v => (object?)v),
        Gen.Bool.Select(v => (object?)v),
        Gen.Int.Select(v => (object?)v),
        Gen.Long.Select(v => (object?)v),
        Gen.Short.Select(v => (object?)v),
        Gen.Byte.Select(v => (object?)v),
        Gen.SByte.Select(v => (object?)v),
        Gen.UShort.Select(v => (object?)v),
        Gen.UInt.Select(v => (object?)v),
        Gen.ULong.Select(v => (object?)v),
        AnyDouble.Select(v => (object?)v),
        AnySingle.Select(v => (object?)v),
        AnyDecimal.Select(v => (object?)v),
        Character.Select(v => (object?)v),
        Gen.Guid.Select(v => (object?)v),
        AnyDateTime.Select(v => (object?)v),
        AnyDateTimeOffset.Select(v => (object?)v),
        AnyDateOnly.Select(v => (object?)v),
        AnyTimeOnly.Select(v => (object?)v),
        AnyTimeSpan.Select(v => (object?)v),
        AnyUri.Select(v => (object?)v),
        AnyBytes.Select(v => (object?)v),
        Gen.Enum<Color>().Select(v => (object?)v),
        Gen.Int[0, 9].Select(v => (object?)(Style)v),
        AnyJsonElement.Select(v => (object?)v),
        AnyJsonNode.Select(v => (object?)v));

    /// <summary>
    /// Free-form values: every runtime type the free-form writer supports, nested in lists, arrays and
    /// dictionaries a few levels deep.
    /// </summary>
    public static readonly Gen<object?> FreeForm = Gen.Recursive<object?>((depth, self) =>
    {
        var scalar = FreeFormScalar;
        if (depth >= 3)
        {
            return scalar;
        }

        return Gen.Frequency(
            (6, scalar),
            (1, self.List[0, 4].Select(items => (object?)items)),
            (1, self.Array[0, 4].Select(items => (object?)items)),
            (1, AnyDictionary(self).Select(items => (object?)items)),
            (1, Gen.Int.List[0, 3].Select(items => (object?)items)),
            (1, AnyDictionary(Gen.Int).Select(items => (object?)items)));
    });
}
