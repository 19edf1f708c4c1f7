using System.Linq;
using System.Threading.Tasks;
using CsbGenerators.SourceGeneration.Helpers;
using CsbGenerators.SourceGeneration.Tests.Infrastructure;
using Xunit;

namespace CsbGenerators.SourceGeneration.Tests.Helpers;

/// <summary>
/// The interpolated-line path must write the same text as the string path, and a writer that a thread
/// reuses must start each file empty.
/// </summary>
public class SourceWriterTests
{
    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("a\nb")]
    [InlineData("a\r\nb")]
    [InlineData("a\n")]
    [InlineData("\n")]
    [InlineData("a\r")]
    [InlineData("\r\n\r\n")]
    [InlineData("\n\na\n\n")]
    public void InterpolatedLine_MatchesStringLine(string text)
    {
        var viaString = SourceWriter.Rent();
        viaString.OpenBlock("class " + text + " A");
        viaString.WriteLine("x" + text + "y");
        viaString.WriteLine(text);
        viaString.CloseBlock();
        var expected = viaString.ToStringAndReturn();

        var viaHandler = SourceWriter.Rent();
        viaHandler.OpenBlock($"class {text} {'A'}");
        viaHandler.WriteLine($"x{text}y");
        viaHandler.WriteLine($"{text}");
        viaHandler.CloseBlock();

        Assert.Equal(expected, viaHandler.ToStringAndReturn());
    }

    [Fact]
    public void InterpolatedLine_FormatsHoles()
    {
        var writer = SourceWriter.Rent();
        writer.WriteLine($"{1}{-2}{'c'}{3UL}{(string?)null}{true}");

        Assert.Equal("1-2c3True\n", writer.ToStringAndReturn());
    }

    [Fact]
    public void LongInterpolatedLine_IsWrittenWhole()
    {
        var longText = new string('x', 10_000) + "\n" + new string('y', 600);
        var writer = SourceWriter.Rent();
        writer.OpenBlock("{");
        writer.WriteLine($"{longText}");
        writer.WriteLine($"{"short"}");
        writer.CloseBlock();

        Assert.Equal("{\n{\n    " + new string('x', 10_000) + "\n    " + new string('y', 600) + "\n    short\n}\n", writer.ToStringAndReturn());
    }

    [Fact]
    public void ReturnedWriter_StartsEmptyAtNoIndent()
    {
        var first = SourceWriter.Rent();
        first.OpenBlock("class A");
        first.WriteLine($"int {"x"};");
        first.ToStringAndReturn();

        var second = SourceWriter.Rent();
        second.WriteLine($"int {"y"};");

        Assert.Same(first, second);
        Assert.Equal("int y;\n", second.ToStringAndReturn());
    }

    [Fact]
    public void WriterRentedTwice_GivesSeparateWriters()
    {
        var outer = SourceWriter.Rent();
        outer.WriteLine("outer");
        var inner = SourceWriter.Rent();
        inner.WriteLine("inner");

        Assert.NotSame(outer, inner);
        Assert.Equal("inner\n", inner.ToStringAndReturn());
        Assert.Equal("outer\n", outer.ToStringAndReturn());
    }

    [Fact]
    public void WriterPastRetainedCapacity_IsNotReused()
    {
        var large = SourceWriter.Rent();
        var line = new string('x', 1000);
        for (var i = 0; i < 2000; i++)
        {
            large.WriteLine(line);
        }

        large.ToStringAndReturn();
        var next = SourceWriter.Rent();
        next.WriteLine("small");

        Assert.NotSame(large, next);
        Assert.Equal("small\n", next.ToStringAndReturn());
    }

    [Fact]
    public void ParallelGeneratorRuns_MatchSequentialRuns()
    {
        var sources = Enumerable.Range(0, 16).Select(EventSource).ToArray();
        var sequential = sources.Select(GeneratedText).ToArray();

        var parallel = new string[sources.Length];
        Parallel.For(0, sources.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => parallel[i] = GeneratedText(sources[i]));

        Assert.Equal(sequential, parallel);
    }

    private static string GeneratedText(string source)
    {
        return string.Join("\n", GeneratorHarness.Run(source).Result.GeneratedTrees.Select(tree => tree.ToString()));
    }

    /// <summary>Events of different sizes, so a reused writer would show text left from a larger file.</summary>
    private static string EventSource(int index)
    {
        var members = string.Join("\n", Enumerable.Range(0, index * 3).Select(i => $"    public int? Field{i} {{ get; set; }}"));
        return $$"""
            using CsbGenerators;

            [CsbIdentify]
            public partial class Event{{index}}
            {
                public string AccountId { get; set; } = "";
                public string UserId { get; set; } = "";
            {{members}}
            }
            """;
    }
}
