using System;
using System.IO;

namespace CsbGenerators
{
    public sealed partial class CsbClientOptions
    {
        /// <summary>Checks every setting and throws an exception that names the first invalid one and its fix.</summary>
        /// <exception cref="ArgumentException">A setting is missing or invalid; <see cref="ArgumentException.ParamName"/> is its name.</exception>
        internal void Validate()
        {
            if (Route != CsbRoute.SegmentCompatible && Route != CsbRoute.CustomerSuccessBox)
            {
                throw new ArgumentException($"CsbClientOptions.Route is {(int)Route}, which is not a CsbRoute value. Use SegmentCompatible or CustomerSuccessBox.", nameof(Route));
            }

            ValidateEndpoint();
            ValidateKey();
            ValidateQueue();
            ValidateRetries();
            ValidateDurableStore();
        }

        private void ValidateEndpoint()
        {
            if (Endpoint is null)
            {
                throw new ArgumentException("CsbClientOptions.Endpoint is missing. Set it to the endpoint's base URL, such as https://api.segment.io/ or https://{tenant}.customersuccessbox.com/.", nameof(Endpoint));
            }

            if (!Endpoint.IsAbsoluteUri)
            {
                throw new ArgumentException($"CsbClientOptions.Endpoint '{Endpoint}' is not an absolute URL. Set it to a URL with a scheme and a host.", nameof(Endpoint));
            }

            if (Endpoint.UserInfo.Length > 0)
            {
                throw new ArgumentException($"CsbClientOptions.Endpoint '{EndpointText.Redact(Endpoint)}' carries user information. Remove it from the URL and put the key in {KeySettingName}.", nameof(Endpoint));
            }

            var https = string.Equals(Endpoint.Scheme, "https", StringComparison.OrdinalIgnoreCase);
            var http = string.Equals(Endpoint.Scheme, "http", StringComparison.OrdinalIgnoreCase);
            if (https || (http && Endpoint.IsLoopback))
            {
                return;
            }

            throw new ArgumentException($"CsbClientOptions.Endpoint '{EndpointText.Redact(Endpoint)}' is not HTTPS. The key travels in every request, so only loopback endpoints may use plain HTTP; use https://.", nameof(Endpoint));
        }

        private string KeySettingName => Route == CsbRoute.CustomerSuccessBox ? nameof(ApiKey) : nameof(WriteKey);

        private void ValidateKey()
        {
            var setting = KeySettingName;
            var key = RouteKey;
            if (key is null || string.IsNullOrWhiteSpace(key))
            {
                throw new ArgumentException($"CsbClientOptions.{setting} is missing. The {Route} route authenticates every request with it; set it from your secret store.", setting);
            }

            // An HTTP header carries only visible ASCII; a key read from a file often ends in a newline.
            for (var i = 0; i < key.Length; i++)
            {
                if (key[i] < '!' || key[i] > '~')
                {
                    throw new ArgumentException($"CsbClientOptions.{setting} has a whitespace, control or non-ASCII character at position {i} of {key.Length}. Keys are visible ASCII; trim the newline or space that reading it from a file or variable may have left.", setting);
                }
            }
        }

        private void ValidateQueue()
        {
            RequirePositive(MaxQueueLength, nameof(MaxQueueLength));
            if (MaxQueueBytes < MinQueueBytes)
            {
                throw new ArgumentException($"CsbClientOptions.MaxQueueBytes is {MaxQueueBytes}; set it to at least {MinQueueBytes} so that one message of the largest size fits.", nameof(MaxQueueBytes));
            }

            RequirePositive(FlushAt, nameof(FlushAt));
            RequirePositive(MaxBatchMessages, nameof(MaxBatchMessages));
            if (MaxBatchMessages > MaxSegmentBatchMessages)
            {
                throw new ArgumentException($"CsbClientOptions.MaxBatchMessages is {MaxBatchMessages}; Segment accepts at most {MaxSegmentBatchMessages} messages per batch. Set it to {MaxSegmentBatchMessages} or less.", nameof(MaxBatchMessages));
            }

            RequirePositive(MaxConcurrentRequests, nameof(MaxConcurrentRequests));
            RequirePositive(FlushInterval, nameof(FlushInterval));
            RequirePositive(RequestTimeout, nameof(RequestTimeout));
            if (ShutdownTimeout < TimeSpan.Zero)
            {
                throw new ArgumentException($"CsbClientOptions.ShutdownTimeout is {ShutdownTimeout}; set it to zero or more.", nameof(ShutdownTimeout));
            }

            RequireTimerRange(ShutdownTimeout, nameof(ShutdownTimeout));
        }

        private void ValidateRetries()
        {
            RequirePositive(MaxRetryAttempts, nameof(MaxRetryAttempts));
            RequirePositive(RetryBaseDelay, nameof(RetryBaseDelay));
            RequirePositive(RetryMaxDelay, nameof(RetryMaxDelay));
            if (RetryMaxDelay < RetryBaseDelay)
            {
                throw new ArgumentException($"CsbClientOptions.RetryMaxDelay is {RetryMaxDelay}, less than RetryBaseDelay {RetryBaseDelay}; set it to RetryBaseDelay or more.", nameof(RetryMaxDelay));
            }

            RequirePositive(MaxRetryElapsed, nameof(MaxRetryElapsed));
            RequirePositive(PauseProbeInterval, nameof(PauseProbeInterval));
        }

        /// <summary>
        /// The maximum duration of a timer setting, because timers and <c>CancelAfter</c> on every supported
        /// framework take at most <see cref="int.MaxValue"/> milliseconds, about 24.8 days.
        /// </summary>
        public static readonly TimeSpan MaxTimerDuration = TimeSpan.FromMilliseconds(int.MaxValue);

        private static void RequireTimerRange(TimeSpan value, string name)
        {
            if (value > MaxTimerDuration)
            {
                throw new ArgumentException($"CsbClientOptions.{name} is {value}; timers accept at most {MaxTimerDuration} (int.MaxValue milliseconds). Set it to that or less.", name);
            }
        }

        private void ValidateDurableStore()
        {
            if (DurableDirectory is null)
            {
                return;
            }

            if (string.IsNullOrWhiteSpace(DurableDirectory) || DurableDirectory.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
            {
                throw new ArgumentException($"CsbClientOptions.DurableDirectory '{DurableDirectory}' is not a valid directory path. Set it to a writable directory, or to null to keep messages in memory only.", nameof(DurableDirectory));
            }

            if (File.Exists(DurableDirectory))
            {
                throw new ArgumentException($"CsbClientOptions.DurableDirectory '{DurableDirectory}' is a file, not a directory. Set it to a writable directory, or to null to keep messages in memory only.", nameof(DurableDirectory));
            }

            if (MaxStoreBytes < MinStoreBytes)
            {
                throw new ArgumentException($"CsbClientOptions.MaxStoreBytes is {MaxStoreBytes}; set it to at least {MinStoreBytes} so that one full batch fits.", nameof(MaxStoreBytes));
            }

            // The age is compared with file times, not waited on, so it may exceed the timer range.
            if (MaxStoreAge <= TimeSpan.Zero)
            {
                throw new ArgumentException($"CsbClientOptions.MaxStoreAge is {MaxStoreAge}; set it to a positive duration.", nameof(MaxStoreAge));
            }
        }

        /// <summary>One message of the largest size on the Segment-compatible route, with its overhead.</summary>
        private const long MinQueueBytes = 64 * 1024;

        /// <summary>One full Segment-compatible batch, with the file's framing.</summary>
        private const long MinStoreBytes = 1024 * 1024;

        private static void RequirePositive(int value, string name)
        {
            if (value <= 0)
            {
                throw new ArgumentException($"CsbClientOptions.{name} is {value}; set it to 1 or more.", name);
            }
        }

        /// <summary>Requires a positive duration that timers accept.</summary>
        private static void RequirePositive(TimeSpan value, string name)
        {
            if (value <= TimeSpan.Zero)
            {
                throw new ArgumentException($"CsbClientOptions.{name} is {value}; set it to a positive duration.", name);
            }

            RequireTimerRange(value, name);
        }
    }
}
