using CsbGenerators.SourceGeneration.Parsing;

namespace CsbGenerators.SourceGeneration.Analyzers.Common
{
    /// <summary>The checks on event, page, product, module and JSON names that the name rules share.</summary>
    internal static class NameRules
    {
        /// <summary>The length past which CustomerSuccessBox truncates a feature, module or product name.</summary>
        public const int MaxFeatureNameLength = 64;

        /// <summary>The number of distinct features, and of modules, past which CustomerSuccessBox ignores new ones.</summary>
        public const int MaxFeatureCount = 256;

        /// <summary>
        /// Describes why a name is invalid, as the end of a sentence ("is null"), or returns <see langword="null"/>
        /// for a name that <see cref="EventTypeShape.IsValidName"/> accepts.
        /// </summary>
        public static string? DescribeInvalid(string? name)
        {
            if (EventTypeShape.IsValidName(name))
            {
                return null;
            }

            if (name is null)
            {
                return "is null";
            }

            return string.IsNullOrWhiteSpace(name) ? "is empty or whitespace" : "contains a lone surrogate";
        }

        /// <summary>Counts the characters of a name as Unicode code points, so a surrogate pair counts once.</summary>
        /// <remarks>
        /// NOTE: CustomerSuccessBox documents its limit as 64 characters without saying how it counts them;
        /// code points are the count a server that works on Unicode strings sees.
        /// </remarks>
        public static int CountCharacters(string name)
        {
            var count = 0;
            for (var i = 0; i < name.Length; i++)
            {
                if (!(char.IsLowSurrogate(name[i]) && i > 0 && char.IsHighSurrogate(name[i - 1])))
                {
                    count++;
                }
            }

            return count;
        }
    }
}
