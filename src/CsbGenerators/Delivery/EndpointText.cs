using System;

namespace CsbGenerators
{
    /// <summary>Formats an endpoint for messages, logs and <c>ToString()</c> without the user information a URL may carry.</summary>
    internal static class EndpointText
    {
        public static string Redact(Uri endpoint)
        {
            if (!endpoint.IsAbsoluteUri)
            {
                return endpoint.ToString();
            }

            // Query and fragment can carry tokens too, and a base URL needs neither.
            var builder = new UriBuilder(endpoint) { UserName = string.Empty, Password = string.Empty, Query = string.Empty, Fragment = string.Empty };
            var text = builder.Uri.GetLeftPart(UriPartial.Path);
            return endpoint.UserInfo.Length > 0 ? text.Replace("://", "://[redacted]@") : text;
        }
    }
}
