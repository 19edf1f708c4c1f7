using System.Globalization;
using System.Text;

namespace CsbGenerators.Naming
{
    /// <summary>
    /// Converts a C# member or enum field name to snake_case with the rules of System.Text.Json's
    /// <c>JsonNamingPolicy.SnakeCaseLower</c>: a word starts at an upper-case letter that follows a lower-case
    /// letter, a digit or a space, or that precedes a lower-case letter after an upper-case run; spaces are
    /// dropped; every other character is kept and starts no word.
    /// </summary>
    /// <remarks>
    /// The generator names members and enum fields with it at compile time, and the runtime library names
    /// enum values inside free-form members with it, so both agree. Both projects compile this one file.
    /// </remarks>
    internal static class SnakeCaseNaming
    {
        private enum Previous
        {
            None,
            Upper,
            LowerOrDigit,
            Space,
        }

        public static string Convert(string name)
        {
            var result = new StringBuilder(name.Length + 8);
            var previous = Previous.None;
            for (var i = 0; i < name.Length; i++)
            {
                var current = name[i];
                switch (CharUnicodeInfo.GetUnicodeCategory(current))
                {
                    case UnicodeCategory.UppercaseLetter:
                        if (StartsWord(previous, name, i))
                        {
                            result.Append('_');
                        }

                        result.Append(char.ToLowerInvariant(current));
                        previous = Previous.Upper;
                        break;

                    case UnicodeCategory.LowercaseLetter:
                    case UnicodeCategory.DecimalDigitNumber:
                        if (previous == Previous.Space)
                        {
                            result.Append('_');
                        }

                        result.Append(current);
                        previous = Previous.LowerOrDigit;
                        break;

                    case UnicodeCategory.SpaceSeparator:
                        if (previous != Previous.None)
                        {
                            previous = Previous.Space;
                        }

                        break;

                    default:
                        result.Append(current);
                        previous = Previous.None;
                        break;
                }
            }

            return result.ToString();
        }

        private static bool StartsWord(Previous previous, string name, int index)
        {
            switch (previous)
            {
                case Previous.LowerOrDigit:
                case Previous.Space:
                    return true;
                case Previous.Upper:
                    // "HTMLParser": the P starts a word because a lower-case letter follows it.
                    return index + 1 < name.Length && char.IsLower(name[index + 1]);
                default:
                    return false;
            }
        }
    }
}
