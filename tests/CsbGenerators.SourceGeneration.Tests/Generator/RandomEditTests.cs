using System;
using CsbGenerators.SourceGeneration.Tests.Infrastructure;
using Xunit;

namespace CsbGenerators.SourceGeneration.Tests.Generator;

/// <summary>
/// Random insertions and deletions of C# fragments across an event and the files its members use. After
/// each edit the incremental driver's files must equal a fresh driver's, and the generator must not throw.
/// </summary>
public class RandomEditTests
{
    /// <summary>Two projects: an event in a file-scoped namespace with its member types, and a positional record named through an alias chain.</summary>
    private static readonly string[][] Corpora =
    {
        new[]
        {
            """
            using System.Collections.Generic;
            using CsbGenerators;

            namespace Shop.Orders;

            [CsbTrack("Order Received", Product = "Shop", Module = "Orders")]
            public partial class OrderReceived : OrderBase
            {
                public string UserId { get; set; } = "";
                public Address? Shipping { get; set; }
                public List<Line>? Lines { get; set; }
                [CsbPropertyName(Names.Total)]
                public decimal Amount { get; set; }

                public int Count() => Lines?.Count ?? 0;
            }
            """,
            """
            namespace Shop;

            public class OrderBase
            {
                public string AccountId { get; set; } = "";
                public Plan Plan { get; set; }
            }

            public class Address
            {
                public string? Street { get; set; }
            }

            public record Line(string Sku, decimal Price);

            [System.Flags]
            public enum Plan { Free = 1, Paid = 2 }

            public static class Names
            {
                public const string Total = "total_amount";
            }
            """,
            """
            namespace Shop.Orders;

            public partial class OrderReceived
            {
                public string? Note { get; set; }
            }
            """,
        },
        new[]
        {
            """
            using CsbGenerators;
            using Track = CsbGenerators.CsbTrackAttribute;

            namespace Shop
            {
                using Event = Track;

                public static partial class Events
                {
                    [Event("Seen")]
                    public partial record UserSeen(string AccountId, string UserId, [property: CsbPropertyName(Keys.Where)] Place Where)
                    {
                        public Tier Tier { get; init; }
                    }
                }
            }
            """,
            """
            namespace Shop
            {
                public record Place(string City, [CsbGenerators.CsbIgnore] string? Secret) : Named;

                public abstract record Named
                {
                    public string? Name { get; init; }
                }

                public enum Tier : byte { Low = 1, High = Low << 1 }

                public static class Keys
                {
                    public const string Where = "where";
                }
            }
            """,
            """
            System.Console.WriteLine(new Shop.Events.UserSeen("a", "u", new Shop.Place("c", null)));
            var count = 1;
            """,
        },
    };

    /// <summary>Pieces of declarations, directives and half-typed code that the edits insert at random places.</summary>
    private static readonly string[] Fragments =
    {
        "}", "{", ";", "(", ")", "\"", "/*", "*/", "?", ",", "<", ">", "=> 1;", " = 2", "partial ", "static ", "record ", "struct ",
        "#nullable disable\n", "#nullable enable\n", "#if X\n", "#else\n", "#endif\n", "#define X\n", "#region R\n", "#endregion\n",
        "[CsbGenerators.CsbIgnore]", "[CsbGenerators.CsbWriteNull]", "[CsbGenerators.CsbPropertyName(\"z\")]", "[System.Flags]",
        "public int Z { get; set; }\n", "public Address Other;\n", "public Plan Tier { get; init; }\n", "public Line Last => default;\n",
        "public class Address { public int Zip; }\n", "public enum Address { Home }\n", "public struct Line { public int Qty; }\n",
        "using Q = CsbGenerators.CsbTrackAttribute;\n", "global using R = Q;\n", "[Q(\"x\")]", "[CsbGenerators.CsbPage(\"p\")]",
        "namespace N;\n", "namespace Shop;\n", "global using System;\n", "using Plan = System.String;\n", "Value = 4, ",
        "void M() { ", "return 1; }", "int Local() => 3;", "const string Total = \"t\";", "Names.", "nameof(Address)",
        "namespace Shop {\n", "namespace Shop.Orders {\n", "public partial class Outer {\n", "file ", "abstract ", "ref ", "<T>", " where T : class",
        "global::", "Shop::", "public int this[int i] => i;\n", "public event System.Action? Changed;\n", "public delegate void D();\n",
        "/// <summary>x</summary>\n", "@\"", "$\"{", "\"\"\"", "#undef X\n", "#pragma warning disable CS0168\n", "#line 10\n",
        "public static implicit operator int(Address a) => 0;\n", "public Address() { }\n", "init", "set", "private ", "internal ",
        ": System.Collections.Generic.List<int>", ": OrderBase", "public new string AccountId = \"\";\n", "override ", "virtual ",
    };

    [Theory]
    [InlineData(0, 1)]
    [InlineData(0, 2)]
    [InlineData(0, 3)]
    [InlineData(0, 4)]
    [InlineData(1, 1)]
    [InlineData(1, 2)]
    [InlineData(1, 3)]
    [InlineData(1, 4)]
    public void RandomEdits_MatchFreshRunAtEachEdit(int corpus, int seed)
    {
        var files = Corpora[corpus];
        var random = new Random(seed);
        var texts = (string[])files.Clone();
        var replay = IncrementalReplay.Start(texts);
        Assert.Single(replay.HintNames());
        Assert.DoesNotContain("SerializerUnavailable", replay.Generated(replay.HintNames()[0]));
        for (var step = 0; step < 200; step++)
        {
            var file = random.Next(texts.Length);
            var text = texts[file];
            var position = random.Next(text.Length + 1);
            if (random.Next(25) == 0)
            {
                var symbols = random.Next(2) == 0 ? new[] { "X" } : Array.Empty<string>();
                replay.WithParseOptions("symbols " + symbols.Length, options => options.WithPreprocessorSymbols(symbols));
                continue;
            }

            texts[file] = random.Next(6) switch
            {
                0 => files[file],
                1 => text.Remove(position, Math.Min(random.Next(1, 12), text.Length - position)),
                _ => text.Insert(position, Fragments[random.Next(Fragments.Length)]),
            };

            replay.Edit($"Events{file}.cs", texts[file]);
        }
    }
}
