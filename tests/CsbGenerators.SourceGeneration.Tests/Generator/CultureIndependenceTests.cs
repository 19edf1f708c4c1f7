using System.Globalization;
using System.Linq;
using CsbGenerators.SourceGeneration.Tests.Infrastructure;
using Xunit;

namespace CsbGenerators.SourceGeneration.Tests.Generator;

/// <summary>
/// The generator writes the same text under cultures with a U+2212 minus sign (fi-FI) and non-Gregorian
/// calendars (ar-SA, th-TH) as under the invariant culture, for every member shape.
/// </summary>
public class CultureIndependenceTests
{
    private const string Source = """
        using CsbGenerators;

        public enum Level { Low = -1, High = 1 }

        [System.Flags]
        public enum Bits : long { Negative = long.MinValue, One = 1, Large = 1L << 40 }

        [CsbTrack("Ünïcödé \"quoted\" event", Product = "P", Module = "M")]
        public partial class Culture
        {
            public string AccountId { get; set; } = "";
            public string UserId { get; set; } = "";
            public double Ratio { get; set; }
            public Level Level { get; set; }
            public long Total { get; set; }
            public Bits Bits { get; set; }
            public System.Collections.Generic.List<System.Collections.Generic.Dictionary<string, double[]>>? Nested { get; set; }
        }
        """;

    [Theory]
    [InlineData("fi-FI")]
    [InlineData("ar-SA")]
    [InlineData("th-TH")]
    public void Output_IsSameAsInvariant(string cultureName)
    {
        var invariant = Generate(CultureInfo.InvariantCulture);

        var hostile = Generate(new CultureInfo(cultureName));

        Assert.Equal(invariant, hostile);
    }

    private static string Generate(CultureInfo culture)
    {
        var previous = CultureInfo.CurrentCulture;
        var previousUi = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            var run = GeneratorHarness.Run(new[] { Source, ConsumerSources.EveryVersion, ConsumerSources.NetOnly, ConsumerSources.Modern });
            Assert.Empty(run.GeneratedCodeProblems());
            return string.Join("\n", run.Result.GeneratedTrees.Select(t => t.ToString()));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
            CultureInfo.CurrentUICulture = previousUi;
        }
    }
}
