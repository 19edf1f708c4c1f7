using System;
using System.Collections.Generic;
using CsbGenerators.Tests.Events;
using Xunit;

namespace CsbGenerators.Tests.Serialization;

/// <summary>
/// Generated serializers write the same bytes under cultures with a U+2212 minus sign (fi-FI) and
/// non-Gregorian calendars (ar-SA, th-TH) as under the invariant culture. The property-based tests run under
/// these cultures too.
/// </summary>
public class CultureIndependenceTests
{
    [Theory]
    [InlineData("fi-FI")]
    [InlineData("ar-SA")]
    [InlineData("th-TH")]
    public void Output_IsSameAsInvariant(string culture)
    {
        var invariant = WriteAll("");

        var hostile = WriteAll(culture);

        Assert.Equal(invariant, hostile);
    }

    [Theory]
    [InlineData("fi-FI")]
    [InlineData("ar-SA")]
    [InlineData("th-TH")]
    public void ErrorMessages_AreSameAsInvariant(string culture)
    {
        var invariant = Rejection("");

        var hostile = Rejection(culture);

        Assert.Equal(invariant, hostile);
    }

    private static List<string> WriteAll(string culture)
    {
        using (CultureScope.Use(culture))
        {
            var negative = new ScalarTraits
            {
                AccountId = "a",
                UserId = "u",
                SByte = -1,
                Long = long.MinValue,
                Single = -1.5e-10f,
                Double = -123456.789e100,
                Decimal = -0.001m,
                SignedUpAt = new DateTime(1900, 4, 29, 23, 59, 59, DateTimeKind.Utc),
                LastSeenAt = new DateTimeOffset(2077, 11, 17, 0, 0, 0, TimeSpan.FromHours(-14)),
                Birthday = DateOnly.MaxValue,
                Alarm = TimeOnly.MaxValue,
                Duration = TimeSpan.MinValue,
            };
            var flags = new EnumTraits { AccountId = "a", Level = (Level)(-100), Access = Access.Read | Access.Delete };
            var freeForm = new FreeFormProperties
            {
                AccountId = "a",
                UserId = "u",
                Items = new List<object?> { -1, -2.5, -3.5m, -4L, (short)-5, -6f, new DateTime(1, 1, 1, 0, 0, 0, DateTimeKind.Utc), TimeSpan.FromDays(-1), Style.Bold },
            };

            return new List<string>
            {
                JsonOutput.Segment(negative),
                JsonOutput.CustomerSuccessBox(negative),
                JsonOutput.Segment(flags),
                JsonOutput.Segment(freeForm),
            };
        }
    }

    private static string Rejection(string culture)
    {
        using (CultureScope.Use(culture))
        {
            var properties = new FreeFormProperties { AccountId = "a", UserId = "u", Items = new List<object?> { double.NegativeInfinity } };
            return Assert.Throws<CsbValidationException>(() => JsonOutput.Segment(properties)).Message;
        }
    }
}
