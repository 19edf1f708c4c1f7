using System.Reflection;
using System.Text.Json;

namespace CsbGenerators.Serialization
{
    /// <summary>The <c>context.library</c> values that every Segment-spec message carries.</summary>
    internal static class CsbLibraryInfo
    {
        public const string LibraryName = "CsbGenerators";

        public static readonly string LibraryVersion = ReadVersion();

        public static readonly JsonEncodedText EncodedName = JsonEncodedText.Encode(LibraryName);

        public static readonly JsonEncodedText EncodedVersion = JsonEncodedText.Encode(LibraryVersion);

        private static string ReadVersion()
        {
            var informational = typeof(CsbLibraryInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
            if (string.IsNullOrEmpty(informational))
            {
                return typeof(CsbLibraryInfo).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
            }

            // The SDK appends "+<commit>" to the informational version; the wire carries the release only.
            var plus = informational!.IndexOf('+');
            return plus < 0 ? informational : informational.Substring(0, plus);
        }
    }
}
