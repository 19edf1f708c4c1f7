using System;
using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace CsbGenerators.Hosting
{
    /// <summary>
    /// Binds <see cref="CsbClientOptions"/> from configuration by hand, without reflection, so the library stays
    /// trimming and Native AOT safe. Keys are the property names; a key that is absent leaves the default.
    /// </summary>
    internal static class CsbOptionsBinder
    {
        private delegate bool TryParse<T>(string value, out T parsed);

        public static void Bind(IConfiguration configuration, CsbClientOptions options)
        {
            var route = configuration[nameof(CsbClientOptions.Route)];
            if (route is not null)
            {
                options.Route = ParseRoute(configuration, route);
            }

            var endpoint = configuration[nameof(CsbClientOptions.Endpoint)];
            if (!string.IsNullOrWhiteSpace(endpoint))
            {
                options.Endpoint = Uri.TryCreate(endpoint, UriKind.RelativeOrAbsolute, out var uri)
                    ? uri
                    : throw Invalid(configuration, nameof(CsbClientOptions.Endpoint), endpoint!, "an absolute URL such as https://api.segment.io/");
            }

            options.WriteKey = configuration[nameof(CsbClientOptions.WriteKey)] ?? options.WriteKey;
            options.ApiKey = configuration[nameof(CsbClientOptions.ApiKey)] ?? options.ApiKey;
            options.DurableDirectory = configuration[nameof(CsbClientOptions.DurableDirectory)] ?? options.DurableDirectory;
            options.MaxQueueLength = ReadInt(configuration, nameof(CsbClientOptions.MaxQueueLength), options.MaxQueueLength);
            options.MaxQueueBytes = ReadLong(configuration, nameof(CsbClientOptions.MaxQueueBytes), options.MaxQueueBytes);
            options.FlushAt = ReadInt(configuration, nameof(CsbClientOptions.FlushAt), options.FlushAt);
            options.FlushInterval = ReadTimeSpan(configuration, nameof(CsbClientOptions.FlushInterval), options.FlushInterval);
            options.MaxBatchMessages = ReadInt(configuration, nameof(CsbClientOptions.MaxBatchMessages), options.MaxBatchMessages);
            options.RequestTimeout = ReadTimeSpan(configuration, nameof(CsbClientOptions.RequestTimeout), options.RequestTimeout);
            options.ShutdownTimeout = ReadTimeSpan(configuration, nameof(CsbClientOptions.ShutdownTimeout), options.ShutdownTimeout);
            options.MaxRetryAttempts = ReadInt(configuration, nameof(CsbClientOptions.MaxRetryAttempts), options.MaxRetryAttempts);
            options.RetryBaseDelay = ReadTimeSpan(configuration, nameof(CsbClientOptions.RetryBaseDelay), options.RetryBaseDelay);
            options.RetryMaxDelay = ReadTimeSpan(configuration, nameof(CsbClientOptions.RetryMaxDelay), options.RetryMaxDelay);
            options.MaxRetryElapsed = ReadTimeSpan(configuration, nameof(CsbClientOptions.MaxRetryElapsed), options.MaxRetryElapsed);
            options.PauseProbeInterval = ReadTimeSpan(configuration, nameof(CsbClientOptions.PauseProbeInterval), options.PauseProbeInterval);
            options.MaxConcurrentRequests = ReadInt(configuration, nameof(CsbClientOptions.MaxConcurrentRequests), options.MaxConcurrentRequests);
            options.MaxStoreBytes = ReadLong(configuration, nameof(CsbClientOptions.MaxStoreBytes), options.MaxStoreBytes);
            options.MaxStoreAge = ReadTimeSpan(configuration, nameof(CsbClientOptions.MaxStoreAge), options.MaxStoreAge);
        }

        private static CsbRoute ParseRoute(IConfiguration configuration, string value)
        {
            if (string.Equals(value, nameof(CsbRoute.SegmentCompatible), StringComparison.OrdinalIgnoreCase))
            {
                return CsbRoute.SegmentCompatible;
            }

            if (string.Equals(value, nameof(CsbRoute.CustomerSuccessBox), StringComparison.OrdinalIgnoreCase))
            {
                return CsbRoute.CustomerSuccessBox;
            }

            throw Invalid(configuration, nameof(CsbClientOptions.Route), value, "SegmentCompatible or CustomerSuccessBox");
        }

        private static int ReadInt(IConfiguration configuration, string key, int fallback)
        {
            return Read(configuration, key, fallback, "a whole number", (string value, out int parsed) => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out parsed));
        }

        private static long ReadLong(IConfiguration configuration, string key, long fallback)
        {
            return Read(configuration, key, fallback, "a whole number of bytes", (string value, out long parsed) => long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out parsed));
        }

        private static TimeSpan ReadTimeSpan(IConfiguration configuration, string key, TimeSpan fallback)
        {
            return Read(configuration, key, fallback, "a duration such as 00:00:05 for 5 seconds", (string value, out TimeSpan parsed) => TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out parsed));
        }

        /// <summary>Returns <paramref name="fallback"/> when the key is absent, the parsed value when it parses, and throws otherwise.</summary>
        private static T Read<T>(IConfiguration configuration, string key, T fallback, string expected, TryParse<T> tryParse)
        {
            var value = configuration[key];
            if (value is null)
            {
                return fallback;
            }

            return tryParse(value, out var parsed) ? parsed : throw Invalid(configuration, key, value, expected);
        }

        private static InvalidOperationException Invalid(IConfiguration configuration, string key, string value, string expected)
        {
            var path = configuration is IConfigurationSection section ? section.Path + ":" + key : key;
            return new InvalidOperationException($"Configuration value '{value}' of {path} is invalid; set it to {expected}.");
        }
    }
}
