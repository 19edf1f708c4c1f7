using System.Globalization;
using System.Linq;
using CsbGenerators.SourceGeneration.Tests.Infrastructure;
using Xunit;

namespace CsbGenerators.SourceGeneration.Tests.Generator;

/// <summary>
/// The generator writes the same text under cultures with a U+2212 minus sign and non-Gregorian
/// calendars as under the invariant culture.
/// </summary>
public class CultureIndependenceTests
{
    private const string Source = """
        using CsbGenerators;

        public enum Level { Low = -1, High = 1 }

        [CsbTrack("Ünïcödé \"quoted\" event", Product = "P", Module = "M")]
        public partial class Culture
        {
            public string AccountId { get; set; } = "";
            public string UserId { get; set; } = "";
            public double Ratio { get; set; }
            public Level Level { get; set; }
            public long Total { get; set; }
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
            var run = GeneratorHarness.Run(Source);
            Assert.Empty(run.Problems());
            return string.Join("\n", run.Result.GeneratedTrees.Select(t => t.ToString()));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
            CultureInfo.CurrentUICulture = previousUi;
        }
    }
}
