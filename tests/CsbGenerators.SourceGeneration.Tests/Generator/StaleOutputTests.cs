using System.Linq;
using CsbGenerators.SourceGeneration.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace CsbGenerators.SourceGeneration.Tests.Generator;

/// <summary>
/// Edits in other files that change what an event's serializer must write. After each edit the incremental
/// driver's files must equal a fresh driver's, and the generator must not throw.
/// </summary>
public class StaleOutputTests
{
    private const string EventFile = "Events0.cs";
    private const string ModelsFile = "Events1.cs";
    private const string HintName = "Shop.Orders.OrderReceived.g.cs";

    /// <summary>The event, in a namespace nested in the one that declares its member types.</summary>
    private const string EventSource = """
        using CsbGenerators;

        namespace Shop.Orders;

        [CsbTrack("Order Received")]
        public partial class OrderReceived : OrderBase
        {
            public string UserId { get; set; } = "";
            public Address? Shipping { get; set; }
            public Plan Plan { get; set; }
            [CsbPropertyName(Names.Total)]
            public decimal Amount { get; set; }
        }
        """;

    private const string ModelsSource = """
        namespace Shop;

        public class OrderBase
        {
            public string AccountId { get; set; } = "";
        }

        public class Address
        {
            public string? Street { get; set; }
        }

        public enum Plan { Free, Paid }

        public static class Names
        {
            public const string Total = "total_amount";
        }
        """;

    private static IncrementalReplay Start() => IncrementalReplay.Start(EventSource, ModelsSource);

    [Fact]
    public void MemberTypeRenamed_Regenerates()
    {
        var replay = Start()
            .Replace(ModelsFile, "public class Address", "public class Location")
            .Replace(ModelsFile, "public class Location", "public class Address");

        Assert.Contains("\"street\"", replay.Generated(HintName));
    }

    [Theory]
    [InlineData("public enum Address { Home, Work }", "\"work\"")]
    [InlineData("public struct Address { public int Zip; }", "\"zip\"")]
    [InlineData("public record Address(string Line, int Zip);", "\"line\"")]
    [InlineData("public record struct Address(string Line, int Zip);", "\"line\"")]
    [InlineData("public interface Address { }", "SerializerUnavailable")]
    [InlineData("public delegate void Address();", "SerializerUnavailable")]
    public void MemberTypeKindChanged_Regenerates(string declaration, string expected)
    {
        var replay = Start()
            .Replace(ModelsFile, "public class Address\n{\n    public string? Street { get; set; }\n}", declaration);

        Assert.Contains(expected, replay.Generated(HintName));

        replay.Edit(ModelsFile, ModelsSource);
        Assert.Contains("\"street\"", replay.Generated(HintName));
    }

    [Fact]
    public void MemberTypeBecomesCollection_Regenerates()
    {
        var replay = Start().Replace(ModelsFile, "public class Address\n{", "public class Address : System.Collections.Generic.List<string>\n{");
        Assert.Contains("foreach (var ", replay.Generated(HintName));
        Assert.DoesNotContain("\"street\"", replay.Generated(HintName));

        replay.Replace(ModelsFile, "System.Collections.Generic.List<string>", "System.Collections.Generic.Dictionary<string, Plan>");
        Assert.Contains("WritePropertyName(writer, ", replay.Generated(HintName));
    }

    [Fact]
    public void NameofTargetRenamed_RenamesMember()
    {
        var replay = Start()
            .Replace(EventFile, "[CsbPropertyName(Names.Total)]", "[CsbPropertyName(nameof(Names.Total))]")
            .Replace(ModelsFile, "public const string Total", "public const string GrandTotal")
            .Replace(EventFile, "nameof(Names.Total)", "nameof(Names.GrandTotal)");

        Assert.Contains("\"GrandTotal\"", replay.Generated(HintName));
    }

    [Fact]
    public void EventRenamedOrUnmarked_ReplacesFile()
    {
        var replay = Start().Replace(EventFile, "class OrderReceived", "class OrderPlaced");
        Assert.Equal(new[] { "Shop.Orders.OrderPlaced.g.cs" }, replay.HintNames());

        replay.Replace(EventFile, "[CsbTrack(\"Order Received\")]", "");
        Assert.Empty(replay.HintNames());

        replay.Edit(EventFile, EventSource);
        Assert.Equal(new[] { HintName }, replay.HintNames());
    }

    [Fact]
    public void ShadowingTypeAdded_Regenerates()
    {
        const string shadow = "namespace Shop.Orders;\n\npublic class Address\n{\n    public int Zip { get; set; }\n}\n";

        var replay = Start().Add("Shadow.cs", shadow);
        Assert.Contains("\"zip\"", replay.Generated(HintName));
        Assert.DoesNotContain("\"street\"", replay.Generated(HintName));

        replay.Remove("Shadow.cs");
        Assert.Contains("\"street\"", replay.Generated(HintName));
    }

    [Fact]
    public void ShadowingTypeMoved_Regenerates()
    {
        const string shadow = "namespace Shop.Billing;\n\npublic class Address\n{\n    public int Zip { get; set; }\n}\n";

        var replay = Start()
            .Add("Shadow.cs", shadow)
            .Replace("Shadow.cs", "namespace Shop.Billing;", "namespace Shop.Orders;");
        Assert.Contains("\"zip\"", replay.Generated(HintName));

        replay.Replace("Shadow.cs", "namespace Shop.Orders;", "namespace Shop.Billing;");
        Assert.Contains("\"street\"", replay.Generated(HintName));
    }

    [Fact]
    public void UsingAliasAddedAndRemoved_Regenerates()
    {
        const string other = "namespace Other;\n\npublic class Location\n{\n    public int Zip { get; set; }\n}\n";

        var replay = Start()
            .Add("Other.cs", other)
            .Replace(EventFile, "namespace Shop.Orders;", "namespace Shop.Orders;\n\nusing Address = Other.Location;");
        Assert.Contains("\"zip\"", replay.Generated(HintName));

        replay.Replace(EventFile, "using Address = Other.Location;", "using Address = Shop.Address;");
        Assert.Contains("\"street\"", replay.Generated(HintName));

        replay.Replace(EventFile, "using Address = Shop.Address;", "");
        Assert.Contains("\"street\"", replay.Generated(HintName));
    }

    [Fact]
    public void GlobalUsingInOtherFile_Regenerates()
    {
        const string eventSource = """
            using CsbGenerators;

            namespace Shop;

            [CsbAccount]
            public partial class AccountUpdated
            {
                public string AccountId { get; set; } = "";
                public List<int>? Seats { get; set; }
            }
            """;

        var replay = IncrementalReplay.Start(eventSource, "namespace Shop;\n");
        Assert.Contains("SerializerUnavailable", replay.Generated("Shop.AccountUpdated.g.cs"));

        replay.Edit(ModelsFile, "global using System.Collections.Generic;\n");
        Assert.Contains("\"seats\"", replay.Generated("Shop.AccountUpdated.g.cs"));

        replay.Edit(ModelsFile, "global using List = System.Collections.Generic.HashSet<int>;\n");
        replay.Edit(ModelsFile, "namespace Shop;\n");
        Assert.Contains("SerializerUnavailable", replay.Generated("Shop.AccountUpdated.g.cs"));
    }

    [Fact]
    public void ConstantChainEdited_RenamesMember()
    {
        var replay = Start()
            .Replace(ModelsFile, "public const string Total = \"total_amount\";", "public const string Total = Prefix + \"amount\";\n    public const string Prefix = \"order_\";")
            .Replace(ModelsFile, "Prefix = \"order_\"", "Prefix = \"line_\"");

        Assert.Contains("\"line_amount\"", replay.Generated(HintName));
    }

    [Fact]
    public void EnumMembersEdited_Regenerates()
    {
        var replay = Start()
            .Replace(ModelsFile, "Free, Paid", "Free, Trial, Paid")
            .Replace(ModelsFile, "Free, Trial, Paid", "Free = 1, Trial = 2, Paid = 4")
            .Replace(ModelsFile, "public enum Plan", "[System.Flags]\npublic enum Plan")
            .Replace(ModelsFile, "Paid = 4", "Paid = 2")
            .Replace(ModelsFile, "Trial = 2", "[CsbGenerators.CsbPropertyName(\"trial!\")] Trial = 2")
            .Replace(ModelsFile, "public enum Plan", "public enum Plan : byte");

        Assert.Contains("\"trial!\"", replay.Generated(HintName));
    }

    [Fact]
    public void EnumValueFromConstant_Regenerates()
    {
        var replay = Start()
            .Replace(ModelsFile, "Free, Paid", "Free = Limits.Free, Paid = Limits.Paid")
            .Add("Limits.cs", "namespace Shop;\n\npublic static class Limits\n{\n    public const int Free = 1;\n    public const int Paid = 2;\n}\n")
            .Replace("Limits.cs", "Paid = 2", "Paid = 1");

        Assert.DoesNotContain("\"paid\"", replay.Generated(HintName));
    }

    [Fact]
    public void BaseClassEdited_Regenerates()
    {
        var replay = Start()
            .Replace(ModelsFile, "public class OrderBase\n{", "public class OrderBase : Audited\n{")
            .Add("Audited.cs", "namespace Shop;\n\npublic class Audited\n{\n    public string? ChangedBy { get; set; }\n}\n")
            .Replace("Audited.cs", "ChangedBy", "ModifiedBy");
        Assert.Contains("\"modified_by\"", replay.Generated(HintName));

        replay.Replace(ModelsFile, "public class OrderBase : Audited\n{\n    public string AccountId", "public class OrderBase : Audited\n{\n    public string TenantId");
        Assert.Contains("SerializerUnavailable", replay.Generated(HintName));
    }

    [Fact]
    public void PositionalRecordEdited_Regenerates()
    {
        const string eventSource = """
            using CsbGenerators;

            namespace Shop;

            [CsbIdentify]
            public partial record UserSeen(string AccountId, string UserId, Line Line);
            """;
        const string lineSource = "namespace Shop;\n\npublic record Line(string Sku, decimal Price);\n";

        var replay = IncrementalReplay.Start(eventSource, lineSource)
            .Replace(ModelsFile, "string Sku", "[property: CsbGenerators.CsbPropertyName(\"stock_unit\")] string Sku")
            .Replace(ModelsFile, "decimal Price", "[CsbGenerators.CsbIgnore] decimal Price")
            .Replace(ModelsFile, "public record Line(", "public record struct Line(");

        var text = replay.Generated("Shop.UserSeen.g.cs");
        Assert.Contains("\"stock_unit\"", text);
        Assert.DoesNotContain("\"price\"", text);
    }

    [Fact]
    public void PartialPartGainsAttributes_Regenerates()
    {
        const string part = "namespace Shop.Orders;\n\npublic partial class OrderReceived\n{\n    public string? Note { get; set; }\n}\n";

        var replay = Start()
            .Add("Part.cs", part)
            .Replace("Part.cs", "public string? Note", "[CsbGenerators.CsbWriteNull]\n    public string? Note")
            .Replace("Part.cs", "[CsbGenerators.CsbWriteNull]", "[CsbGenerators.CsbIgnore]");
        Assert.DoesNotContain("\"note\"", replay.Generated(HintName));

        replay.Replace("Part.cs", "public partial class", "public class");
        Assert.Empty(replay.HintNames());

        replay.Remove("Part.cs");
        Assert.Equal(new[] { HintName }, replay.HintNames());
    }

    [Fact]
    public void PartialPartsReordered_ReordersMembers()
    {
        const string part = "namespace Shop.Orders;\n\npublic partial class OrderReceived\n{\n    public string? Note { get; set; }\n}\n";

        var replay = Start().Add("Part.cs", part);
        Assert.True(replay.Generated(HintName).IndexOf("\"plan\"") < replay.Generated(HintName).IndexOf("\"note\""));

        replay.Apply("move the event file last", compilation =>
        {
            var tree = compilation.SyntaxTrees.Single(t => t.FilePath == EventFile);
            return compilation.RemoveSyntaxTrees(tree).AddSyntaxTrees(tree);
        });
        Assert.True(replay.Generated(HintName).IndexOf("\"note\"") < replay.Generated(HintName).IndexOf("\"plan\""));
    }

    [Fact]
    public void ContainingTypeKindChanged_Regenerates()
    {
        const string eventSource = """
            using CsbGenerators;

            namespace Shop;

            public partial class Events
            {
                [CsbAccount]
                public partial class AccountUpdated
                {
                    public string AccountId { get; set; } = "";
                }
            }
            """;
        const string other = "namespace Shop;\n\npublic partial class Events\n{\n}\n";

        var replay = IncrementalReplay.Start(eventSource, other)
            .Replace(EventFile, "public partial class Events", "public partial record Events")
            .Replace(ModelsFile, "public partial class Events", "public partial record Events");
        Assert.Contains("partial record Events", replay.Generated("Shop.Events-AccountUpdated.g.cs"));

        replay.Replace(EventFile, "public partial record Events", "public partial struct Events")
            .Replace(ModelsFile, "public partial record Events", "public partial struct Events");
        Assert.Contains("partial struct Events", replay.Generated("Shop.Events-AccountUpdated.g.cs"));

        replay.Replace(ModelsFile, "public partial struct Events", "public partial struct Events<T>")
            .Replace(EventFile, "public partial struct Events", "public partial struct Events<T>");
        Assert.Contains("partial struct Events<T>", replay.Generated("Shop.Events(1)-AccountUpdated.g.cs"));

        replay.Replace(ModelsFile, "public partial struct Events<T>", "public static partial class Events")
            .Replace(EventFile, "public partial struct Events<T>", "public static partial class Events");
        Assert.Contains("partial class Events", replay.Generated("Shop.Events-AccountUpdated.g.cs"));
    }

    [Fact]
    public void AttributeAliasChainEdited_Regenerates()
    {
        const string eventSource = """
            namespace Shop
            {
                using Event = Call;

                [Event("orders")]
                public partial class OrdersViewed
                {
                    public string AccountId { get; set; } = "";
                    public string UserId { get; set; } = "";
                }
            }
            """;

        var replay = IncrementalReplay.Start(eventSource, "namespace Shop;\n");
        Assert.Empty(replay.HintNames());

        replay.Edit(ModelsFile, "global using Call = CsbGenerators.CsbPageAttribute;\n");
        Assert.Contains("CsbEventKind.Page", replay.Generated("Shop.OrdersViewed.g.cs"));

        replay.Replace(ModelsFile, "CsbPageAttribute", "CsbTrackAttribute");
        Assert.Contains("CsbEventKind.Track", replay.Generated("Shop.OrdersViewed.g.cs"));

        replay.Replace(ModelsFile, "global using Call", "global using Other");
        Assert.Empty(replay.HintNames());
    }

    [Fact]
    public void FilesAddedRemovedAndRenamed_Regenerates()
    {
        const string second = """
            namespace Shop.Orders;

            [CsbGenerators.CsbPage("cart")]
            public partial class CartViewed : Shop.OrderBase
            {
                public string UserId { get; set; } = "";
            }
            """;

        var replay = Start()
            .Add("Cart.cs", second)
            .Rename("Cart.cs", "Pages/Cart.cs")
            .Rename(ModelsFile, "Models.cs")
            .Remove("Pages/Cart.cs");
        Assert.Equal(new[] { HintName }, replay.HintNames());

        replay.Add("Cart.cs", second);
        Assert.Equal(new[] { "Shop.Orders.CartViewed.g.cs", HintName }, replay.HintNames());
    }

    [Fact]
    public void EventMovedBetweenFiles_Regenerates()
    {
        const string both = """
            using CsbGenerators;

            namespace Shop
            {
                public class OrderBase
                {
                    public string AccountId { get; set; } = "";
                }

                public class Address
                {
                    public string? Street { get; set; }
                    public string? City { get; set; }
                }

                public enum Plan { Free, Paid }

                public static class Names
                {
                    public const string Total = "total_amount";
                }
            }

            namespace Shop.Orders
            {
                [CsbTrack("Order Received")]
                public partial class OrderReceived : OrderBase
                {
                    public string UserId { get; set; } = "";
                    public Address? Shipping { get; set; }
                }
            }
            """;

        var replay = Start()
            .Edit(EventFile, "namespace Shop.Orders;\n")
            .Edit(ModelsFile, both);

        Assert.Contains("\"city\"", replay.Generated(HintName));
        Assert.DoesNotContain("\"plan\"", replay.Generated(HintName));
    }

    /// <summary>
    /// A stray <c>}</c> ends a file-scoped namespace, so the declarations after it move to the global namespace,
    /// although the brace becomes skipped text and every token of the tree stays the same.
    /// </summary>
    [Theory]
    [InlineData("}\n")]
    [InlineData("return 1; }\n")]
    public void StrayBraceAfterFileScopedNamespace_MatchesFreshRun(string stray)
    {
        var replay = IncrementalReplay.Start(EventSource, ModelsSource.Replace("namespace Shop;\n", "namespace Shop;\n" + stray));
        Assert.Contains("global::Plan value", replay.Generated(HintName));

        replay.Edit(ModelsFile, ModelsSource);
        Assert.Contains("global::Shop.Plan value", replay.Generated(HintName));

        replay.Edit(ModelsFile, ModelsSource.Replace("namespace Shop;\n", "namespace Shop;\n" + stray));
        Assert.Contains("global::Plan value", replay.Generated(HintName));
    }

    /// <summary>
    /// Text the parser skips becomes trivia, so the tokens stay the same, but the compiler treats the constant
    /// or attribute argument that contains the error as invalid.
    /// </summary>
    [Theory]
    [InlineData(ModelsFile, "Paid = 2 }", "Paid = 2{ }")]
    [InlineData(ModelsFile, "Free = 1, Paid", "Free = 1#line 10\n, Paid")]
    [InlineData(ModelsFile, "\"total_amount\";", "\"total_amount\"{;")]
    [InlineData(EventFile, "[CsbPropertyName(Names.Total)]", "[CsbPropertyName(Names.Total{)]")]
    [InlineData(EventFile, "[CsbTrack(\"Order Received\")]", "[CsbTrack(\"Order Received\" {)]")]
    public void SkippedTextInConstant_MatchesFreshRun(string path, string before, string after)
    {
        var sources = new[] { EventSource, ModelsSource.Replace("public enum Plan { Free, Paid }", "public enum Plan { Free = 1, Paid = 2 }") };
        var complete = IncrementalReplay.Start(sources).Generated(HintName);
        var file = path == EventFile ? 0 : 1;
        Assert.Contains(before, sources[file]);
        sources[file] = sources[file].Replace(before, after);

        // The error is typed first, so the fix leads to valid code whose output must not be the erroneous one.
        var replay = IncrementalReplay.Start(sources).Replace(path, after, before);
        Assert.Equal(complete, replay.Generated(HintName));

        replay.Replace(path, before, after);
    }

    [Theory]
    [InlineData(EventFile, "    public decimal Amount { get; set; }\n}", "    public decimal Amount { get; set; }\n")]
    [InlineData(EventFile, "public Plan Plan { get; set; }", "public Plan Plan { get; set }")]
    [InlineData(EventFile, "public Address? Shipping { get; set; }", "public Address? Shipping { get; set;")]
    [InlineData(EventFile, "[CsbTrack(\"Order Received\")]", "[CsbTrack(\"Order Received\"")]
    [InlineData(EventFile, "[CsbTrack(\"Order Received\")]", "[CsbTrack(\"Order Received)]")]
    [InlineData(EventFile, "[CsbPropertyName(Names.Total)]", "[CsbPropertyName(Names.)]")]
    [InlineData(EventFile, "[CsbPropertyName(Names.Total)]", "[CsbPropertyName(Names.Total]")]
    [InlineData(EventFile, ": OrderBase", ": OrderBase,")]
    [InlineData(EventFile, ": OrderBase", ":")]
    [InlineData(EventFile, "namespace Shop.Orders;", "namespace ;")]
    [InlineData(EventFile, "namespace Shop.Orders;", "namespace Shop.Orders")]
    [InlineData(EventFile, "using CsbGenerators;", "using ;")]
    [InlineData(EventFile, "using CsbGenerators;", "using CsbGenerators;\nusing Tr = ;\nusing = CsbGenerators.CsbTrackAttribute;")]
    [InlineData(EventFile, "public string UserId { get; set; } = \"\";", "public string UserId { get; set; } = ")]
    [InlineData(EventFile, "public string UserId { get; set; } = \"\";", "public string UserId { get; set; } = M(\n")]
    [InlineData(EventFile, "public string UserId", "#if DEBUG\n    public string UserId")]
    [InlineData(EventFile, "public string UserId", "public void Touch() {\n    public string UserId")]
    [InlineData(ModelsFile, "public enum Plan { Free, Paid }", "public enum Plan { Free, Paid = }")]
    [InlineData(ModelsFile, "public enum Plan { Free, Paid }", "public enum Plan : { Free, Paid }")]
    [InlineData(ModelsFile, "public enum Plan { Free, Paid }", "public enum Plan { Free, Paid")]
    [InlineData(ModelsFile, "public class Address", "public class Address :")]
    [InlineData(ModelsFile, "\"total_amount\";", "\"total_amount;")]
    [InlineData(ModelsFile, "Total = \"total_amount\";", "Total = ;")]
    [InlineData(ModelsFile, "public string AccountId { get; set; } = \"\";", "public void Touch() {\n    public string AccountId { get; set; } = \"\";")]
    [InlineData(ModelsFile, "}\n\npublic class Address", "\npublic class Address")]
    public void HalfTypedEditAndBack_MatchesFreshRun(string path, string before, string after)
    {
        var replay = Start();
        var complete = replay.Generated(HintName);

        replay.Replace(path, before, after).Replace(path, after, before);

        Assert.Equal(complete, replay.Generated(HintName));
    }

    [Theory]
    [InlineData("public enum Plan : byte { Free = -1, Paid }")]
    [InlineData("public enum Plan : uint { Free = -1, Paid }")]
    [InlineData("public enum Plan : ulong { Free = -1, Paid = ulong.MaxValue }")]
    [InlineData("public enum Plan : long { Free = 0xFFFFFFFFFFFFFFFF, Paid }")]
    [InlineData("public enum Plan : int { Free = int.MaxValue, Paid }")]
    [InlineData("public enum Plan : string { Free, Paid }")]
    [InlineData("public enum Plan : Missing { Free, Paid }")]
    [InlineData("public enum Plan { Free = Paid, Paid = Free }")]
    [InlineData("public enum Plan { Free = 1.5, Paid = \"paid\" }")]
    [InlineData("public enum Plan { Free = Missing.Value, Paid }")]
    [InlineData("[System.Flags] public enum Plan : sbyte { Free = -128, Paid = 127, All = -1 }")]
    public void InvalidEnumEditAndBack_MatchesFreshRun(string declaration)
    {
        var replay = Start();
        var complete = replay.Generated(HintName);

        replay.Replace(ModelsFile, "public enum Plan { Free, Paid }", declaration).Replace(ModelsFile, declaration, "public enum Plan { Free, Paid }");

        Assert.Equal(complete, replay.Generated(HintName));
    }

    [Fact]
    public void CompilationsCollectedBetweenEdits_MatchFreshRun()
    {
        var replay = Start();
        for (var i = 0; i < 5; i++)
        {
            replay.Apply($"body edit {i} after a full collection", compilation =>
            {
                System.GC.Collect();
                System.GC.WaitForPendingFinalizers();
                var tree = compilation.SyntaxTrees.Single(t => t.FilePath == EventFile);
                var text = tree.ToString().Replace("public Plan Plan { get; set; }", $"public Plan Plan {{ get; set; }}\n    public int Version() => {i};");
                return compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(text)));
            });
        }

        System.GC.Collect();
        replay.Replace(ModelsFile, "Free, Paid", "Free, Paid, Team");
        Assert.Contains("\"team\"", replay.Generated(HintName));
    }

    [Fact]
    public void TypesDifferingOnlyInCase_DoNotThrow()
    {
        const string events = """
            using CsbGenerators;

            namespace Shop;

            [CsbAccount]
            public partial class AccountUpdated
            {
                public string AccountId { get; set; } = "";
            }

            [CsbAccount]
            public partial class Accountupdated
            {
                public string AccountId { get; set; } = "";
            }
            """;

        var replay = IncrementalReplay.Start("namespace Shop;\n");

        replay.Edit(EventFile, events);
        Assert.Equal(new[] { "Shop.AccountUpdated.g.cs", "Shop.Accountupdated-2.g.cs" }, replay.HintNames());
        Assert.Contains("partial class Accountupdated", replay.Generated("Shop.Accountupdated-2.g.cs"));
        Assert.Empty(GeneratorHarness.Run(events).Problems());

        replay.Replace(EventFile, "public partial class AccountUpdated", "public partial class AccountChanged");
        Assert.Equal(new[] { "Shop.AccountChanged.g.cs", "Shop.Accountupdated.g.cs" }, replay.HintNames());
    }

    /// <summary>Changing <c>class</c> to <c>struct</c> in one part splits a partial type into two types of one name.</summary>
    [Fact]
    public void PartialTypeSplitByKind_DoesNotThrow()
    {
        const string part = "namespace Shop.Orders;\n\n[CsbGenerators.CsbPage(\"cart\")]\npublic partial class OrderReceived\n{\n}\n";

        var replay = Start()
            .Add("Part.cs", part)
            .Replace("Part.cs", "public partial class", "public partial struct");

        Assert.Equal(new[] { "Shop.Orders.OrderReceived-2.g.cs", HintName }, replay.HintNames());
    }

    /// <summary>Types a file in, a few characters per edit, then deletes it from the middle out.</summary>
    [Theory]
    [InlineData(EventFile, EventSource)]
    [InlineData(ModelsFile, ModelsSource)]
    public void FileTypedAndDeleted_MatchesFreshRunAtEachEdit(string path, string complete)
    {
        var replay = Start().Edit(path, "");
        for (var length = 3; length < complete.Length; length += 3)
        {
            replay.Edit(path, complete.Substring(0, length));
        }

        replay.Edit(path, complete);
        var expected = IncrementalReplay.Start(EventSource, ModelsSource).Generated(HintName);
        Assert.Equal(expected, replay.Generated(HintName));

        var middle = complete.Length / 2;
        for (var cut = 3; cut < middle; cut += 3)
        {
            replay.Edit(path, complete.Substring(0, middle - cut) + complete.Substring(middle + cut));
        }
    }
}
