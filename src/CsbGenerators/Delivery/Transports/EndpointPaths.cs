using System;

namespace CsbGenerators.Delivery.Transports
{
    internal static class EndpointPaths
    {
        /// <summary>
        /// Appends a slash to the path so that relative paths resolve below it: a base of
        /// <c>https://host/collect</c> and <c>v1/batch</c> give <c>https://host/collect/v1/batch</c>.
        /// </summary>
        public static Uri WithTrailingSlash(Uri endpoint)
        {
            var builder = new UriBuilder(endpoint) { Query = string.Empty, Fragment = string.Empty };
            if (!builder.Path.EndsWith("/", StringComparison.Ordinal))
            {
                builder.Path += "/";
            }

            return builder.Uri;
        }
    }
}
