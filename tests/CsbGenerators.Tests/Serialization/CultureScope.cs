using System;
using System.Globalization;

namespace CsbGenerators.Tests.Serialization;

/// <summary>Sets the current culture and UI culture of this thread until disposed.</summary>
internal sealed class CultureScope : IDisposable
{
    /// <summary>The invariant culture, a U+2212 minus sign (fi-FI), and non-Gregorian calendars (ar-SA, th-TH).</summary>
    public static readonly string[] Names = { "", "fi-FI", "ar-SA", "th-TH" };

    private readonly CultureInfo _culture;
    private readonly CultureInfo _uiCulture;

    private CultureScope(string name)
    {
        _culture = CultureInfo.CurrentCulture;
        _uiCulture = CultureInfo.CurrentUICulture;
        var culture = name.Length == 0 ? CultureInfo.InvariantCulture : new CultureInfo(name);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
    }

    public static CultureScope Use(string name) => new(name);

    public void Dispose()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
    }
}
