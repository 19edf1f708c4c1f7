using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace CsbGenerators.PackageTests.Infrastructure;

/// <summary>One compiler or MSBuild diagnostic line of <c>dotnet build</c> output: <c>file(line,column): error ID: message [project]</c>.</summary>
internal sealed partial record BuildDiagnostic(string File, int Line, int Column, string Severity, string Id, string Message)
{
    /// <summary>
    /// Returns the distinct diagnostics in <paramref name="output"/>. MSBuild prints each one twice, once as
    /// it happens and once in the closing summary, so duplicates are removed.
    /// </summary>
    public static IReadOnlyList<BuildDiagnostic> Parse(string output)
    {
        return DiagnosticLine().Matches(output)
            .Select(match => new BuildDiagnostic(
                match.Groups["file"].Value,
                int.Parse(match.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(match.Groups["column"].Value, System.Globalization.CultureInfo.InvariantCulture),
                match.Groups["severity"].Value,
                match.Groups["id"].Value,
                match.Groups["message"].Value.Trim()))
            .Distinct()
            .ToList();
    }

    [GeneratedRegex(@"^[ \t]*(?<file>[^\s(][^(\r\n]*)\((?<line>\d+),(?<column>\d+)(,\d+,\d+)?\): (?<severity>error|warning) (?<id>[A-Z]+\d+): (?<message>[^\r\n]*?)( \[[^\]\r\n]*\])?\r?$", RegexOptions.Multiline)]
    private static partial Regex DiagnosticLine();
}
