using System;
using System.Globalization;
using System.IO;
using System.Security.Cryptography;
using System.Text;

namespace CsbGenerators.Delivery.Durable
{
    /// <summary>
    /// Names in the durable directory. A batch is <c>{UTC ticks, 19 digits}-{random id}</c> plus its state's
    /// extension, so names sort in write order and carry their age. The folder of a client is named after its
    /// route and a hash of its endpoint URL: never after a key.
    /// </summary>
    internal static class StoreFileNames
    {
        public const string Ready = ".batch";
        public const string InFlight = ".inflight";
        public const string Temporary = ".tmp";
        public const string QuarantineFolder = "quarantine";
        public const string LockFile = "store.lock";

        /// <summary>Returns <c>{root}/{route}-{first 16 hex digits of the SHA-256 of the endpoint URL}</c>.</summary>
        public static string FolderFor(string root, CsbRoute route, Uri endpoint)
        {
            var routeName = route == CsbRoute.CustomerSuccessBox ? "csb" : "segment";
            using var sha = SHA256.Create();
            var hash = sha.ComputeHash(Encoding.UTF8.GetBytes(endpoint.GetLeftPart(UriPartial.Path)));
            var hex = new StringBuilder(16);
            for (var i = 0; i < 8; i++)
            {
                hex.Append(hash[i].ToString("x2", CultureInfo.InvariantCulture));
            }

            return Path.Combine(root, routeName + "-" + hex);
        }

        public static string NewName(DateTimeOffset now)
        {
            return now.UtcTicks.ToString("D19", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N");
        }

        /// <summary>Reads the write time from a batch name, or returns <see langword="false"/> for a name this store did not make.</summary>
        public static bool TryGetWriteTime(string name, out DateTimeOffset writtenAt)
        {
            writtenAt = default;
            if (name.Length < 19 || !long.TryParse(name.Substring(0, 19), NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                || ticks > DateTimeOffset.MaxValue.UtcTicks)
            {
                return false;
            }

            writtenAt = new DateTimeOffset(ticks, TimeSpan.Zero);
            return true;
        }
    }
}
