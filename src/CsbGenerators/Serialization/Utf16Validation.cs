using System;

namespace CsbGenerators.Serialization
{
    /// <summary>
    /// Finds the first surrogate that has no pair. Such text is invalid UTF-16 with no UTF-8 encoding.
    /// System.Text.Json writes it without an error (version 10 writes U+FFFD in its place), so the library
    /// checks for it and rejects it instead.
    /// </summary>
    internal static class Utf16Validation
    {
        private const char FirstSurrogate = '\uD800';
        private const char LastHighSurrogate = '\uDBFF';
        private const char LastSurrogate = '\uDFFF';

        /// <summary>Returns the index of the first unpaired surrogate in <paramref name="text"/>, or -1 when there is none.</summary>
        public static int IndexOfUnpairedSurrogate(ReadOnlySpan<char> text)
        {
#if NET8_0_OR_GREATER
            // Most text has no surrogate at all; the vectorized search skips it quickly.
            var start = text.IndexOfAnyInRange(FirstSurrogate, LastSurrogate);
            if (start < 0)
            {
                return -1;
            }
#else
            var start = 0;
#endif
            for (var i = start; i < text.Length; i++)
            {
                var c = text[i];
                if (c < FirstSurrogate || c > LastSurrogate)
                {
                    continue;
                }

                if (c <= LastHighSurrogate && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                    continue;
                }

                return i;
            }

            return -1;
        }
    }
}
