namespace CsbGenerators.Delivery.Retry
{
    /// <summary>What a request's outcome means for its messages.</summary>
    internal enum SendStatus
    {
        /// <summary>A 2xx status: the endpoint has the messages.</summary>
        Delivered,

        /// <summary>A network error, a timeout, 408, 429 or 5xx: retry with backoff.</summary>
        Transient,

        /// <summary>400, 413 or another 4xx that a retry cannot fix: quarantine the messages.</summary>
        Poison,

        /// <summary>401, 403 or 404, or an unexpected 1xx or 3xx: the key or the endpoint is wrong, so pause delivery and keep the data.</summary>
        Pause,

        /// <summary>Transient failures used up the attempts or the elapsed time.</summary>
        Exhausted,

        /// <summary>The client stopped before the request finished; the messages are kept.</summary>
        Cancelled,
    }

    /// <summary>Maps an HTTP status code to a <see cref="SendStatus"/>.</summary>
    internal static class ResponseClassifier
    {
        public static SendStatus Classify(int statusCode)
        {
            if (statusCode >= 200 && statusCode < 300)
            {
                return SendStatus.Delivered;
            }

            if (statusCode == 408 || statusCode == 429 || statusCode >= 500)
            {
                return SendStatus.Transient;
            }

            if (statusCode == 401 || statusCode == 403 || statusCode == 404 || statusCode < 400)
            {
                return SendStatus.Pause;
            }

            return SendStatus.Poison;
        }
    }
}
