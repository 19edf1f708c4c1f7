using System.Linq;
using CsbGenerators.SourceGeneration.Tests.Infrastructure;
using Xunit;

namespace CsbGenerators.SourceGeneration.Tests.Generator;

/// <summary>
/// The generator follows member types through collections and nested objects, and a type it cannot write
/// (a cycle, an unsupported part, nesting past the depth limit) gets a throwing stub that names the cause.
/// </summary>
public class TypeGraphTests
{
    [Theory]
    [InlineData("public Node Root;", "class Node { public string Name; public Node Next; }", "member Root has type Node, which contains itself (Node -> Node), so its JSON would have no end.")]
    [InlineData("public Category Root;", "class Category { public List<Category> Children; }", "member Root has type Category, which contains itself (Category -> System.Collections.Generic.List<Category> -> Category), so its JSON would have no end.")]
    [InlineData("public List<A> Items;", "class A { public B Next; } class B { public Dictionary<string, A> Back; }", "member Items has type System.Collections.Generic.List<A>, which contains itself (A -> B -> System.Collections.Generic.Dictionary<string, A> -> A), so its JSON would have no end.")]
    [InlineData("public Tree Root;", "class Tree : List<Tree> { }", "member Root has type Tree, which contains itself (Tree -> Tree), so its JSON would have no end.")]
    [InlineData("public X Self;", "", "member Self has type X, which contains itself (X -> X), so its JSON would have no end.")]
    public void TypeCycle_GetsStubNamingCycle(string member, string types, string reason)
    {
        Assert.Equal(reason, StubReason(member, types));
    }

    [Theory]
    [InlineData("public System.IO.Stream Data;", "member Data has type System.IO.Stream, which is not supported: System.IO.Stream is a framework type that has no JSON form here.")]
    [InlineData("public List<Holder> Items;", "member Items has type System.Collections.Generic.List<Holder>, which is not supported: in Holder.Data, System.IO.Stream is a framework type that has no JSON form here.")]
    [InlineData("public Dictionary<int, string> ById;", "member ById has type System.Collections.Generic.Dictionary<int, string>, which is not supported: System.Collections.Generic.Dictionary<int, string> has keys of type int; JSON object keys are strings, so use string keys.")]
    [InlineData("public int[,] Grid;", "member Grid has type int[*,*], which is not supported: int[*,*] is a multi-dimensional array, which System.Text.Json does not write either; use an array of arrays.")]
    [InlineData("public IShape Shape;", "member Shape has type IShape, which is not supported: IShape is an interface that is not a collection; declare the member with a class, struct or record type.")]
    [InlineData("public System.Collections.ArrayList Items;", "member Items has type System.Collections.ArrayList, which is not supported: System.Collections.ArrayList is a collection without an element type; use an IEnumerable<T>.")]
    [InlineData("public Both Items;", "member Items has type Both, which is not supported: Both is a sequence of more than one element type.")]
    [InlineData("public dynamic Anything;", "member Anything has type dynamic, which is not supported: dynamic is not supported.")]
    [InlineData("public Action Callback;", "member Callback has type System.Action, which is not supported: System.Action is not supported.")]
    [InlineData("public Duplicate Item;", "member Item has type Duplicate, which is not supported: in Duplicate, two members map to the JSON name 'name'.")]
    [InlineData("public Badly Level;", "member Level has type Badly, which is not supported: Badly.Blank has a blank or invalid JSON name.")]
    public void UnsupportedPart_GetsStubNamingPart(string member, string reason)
    {
        const string types = """
            interface IShape { }
            class Holder { public System.IO.Stream Data; }
            class Both : IEnumerable<int>, IEnumerable<string>
            {
                IEnumerator<int> IEnumerable<int>.GetEnumerator() => null!;
                IEnumerator<string> IEnumerable<string>.GetEnumerator() => null!;
                System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => null!;
            }
            class Duplicate { public string Name; [CsbPropertyName("name")] public string Other; }
            enum Badly { [CsbPropertyName(" ")] Blank }
            """;

        Assert.Equal(reason, StubReason(member, types));
    }

    [Fact]
    public void NestingPastDepthLimit_GetsStub()
    {
        // Level 1 is the traits object, so a member whose values span 63 levels fits and one of 64 does not.
        var fits = "public " + Nested(62) + " Values;";
        var tooDeep = "public " + Nested(63) + " Values;";

        Assert.Null(StubReason(fits, ""));
        Assert.EndsWith(
            ", which is not supported: a value of this type nests deeper than 64 levels, counting the traits or properties object as the first, which System.Text.Json also rejects.",
            StubReason(tooDeep, ""));
    }

    [Fact]
    public void SharedNestedType_GetsOneWriter()
    {
        var run = GeneratorHarness.Run("""
            using System.Collections.Generic;
            using CsbGenerators;

            public class Address { public string? Street { get; set; } }

            [CsbAccount]
            public partial class X
            {
                public string AccountId { get; set; } = "";
                public Address? Billing { get; set; }
                public List<Address>? Shipping { get; set; }
                public Dictionary<string, Address?>? ByName { get; set; }
            }
            """);

        var source = run.GeneratedSource("X.g.cs");
        Assert.Empty(run.Problems());
        Assert.Single(source.Split('\n'), line => line.Contains("private static void __CsbWriteObject"));
        Assert.Equal(3, source.Split('\n').Count(line => line.Contains("__CsbWriteObject0(writer, ")));
    }

    [Fact]
    public void FlagsEnum_KeysInSystemTextJsonOrder()
    {
        var run = GeneratorHarness.Run("""
            using System;
            using CsbGenerators;

            [Flags]
            public enum Access : short { All = -1, None = 0, Write = 2, Read = 1, [CsbPropertyName("Admin!")] Admin = 4, Alias = 1 }

            [CsbAccount]
            public partial class X
            {
                public string AccountId { get; set; } = "";
                public Access Access { get; set; }
            }
            """);

        var source = run.GeneratedSource("X.g.cs");
        Assert.Empty(run.Problems());
        // System.Text.Json tries the fields with the most bits first, then in ascending signed value.
        Assert.Contains("private static readonly ulong[] __csbEnum0Keys = new ulong[] { 18446744073709551615UL, 1UL, 2UL, 4UL, 0UL };", source);
        Assert.Contains("private static readonly string[] __csbEnum0Names = new string[] { \"all\", \"read\", \"write\", \"Admin!\", \"none\" };", source);
        Assert.Contains("global::CsbGenerators.Serialization.CsbJson.TryWriteFlagsValue(writer, unchecked((ulong)(long)value), __csbEnum0Keys, __csbEnum0Names)", source);
        Assert.DoesNotContain("Access.Alias", source);
    }

    [Fact]
    public void PlainEnum_HasNoFlagCombinations()
    {
        var run = GeneratorHarness.Run("""
            using CsbGenerators;

            public enum Plan : ulong { Free, Paid }

            [CsbAccount]
            public partial class X
            {
                public string AccountId { get; set; } = "";
                public Plan? Plan { get; set; }
            }
            """);

        var source = run.GeneratedSource("X.g.cs");
        Assert.DoesNotContain("TryWriteFlagsValue", source);
        Assert.Contains("writer.WriteNumberValue((ulong)value);", source);
    }

    /// <summary>Generates an identify type with the member, and returns the reason its stub gives, or null when it has a serializer.</summary>
    private static string? StubReason(string member, string types)
    {
        var run = GeneratorHarness.Run($$"""
            using System;
            using System.Collections.Generic;
            using CsbGenerators;

            [CsbIdentify]
            internal partial class X
            {
                public string AccountId = "a";
                public string UserId = "u";
                {{member}}
            }

            {{types}}
            """);

        Assert.Empty(run.GeneratedCodeProblems());
        var stub = run.GeneratedSource("X.g.cs").Split('\n').FirstOrDefault(line => line.Contains("SerializerUnavailable"));
        if (stub is null)
        {
            return null;
        }

        const string prefix = "SerializerUnavailable(\"X\", \"";
        var start = stub.IndexOf(prefix, System.StringComparison.Ordinal) + prefix.Length;
        return stub.Substring(start, stub.LastIndexOf("\");", System.StringComparison.Ordinal) - start);
    }

    private static string Nested(int levels)
    {
        return string.Concat(Enumerable.Repeat("List<", levels)) + "int" + new string('>', levels);
    }
}
