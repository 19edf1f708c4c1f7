using System;
using System.Text;

namespace CsbGenerators.LocalReceiver;

/// <summary>Checks and redacts the Authorization header.</summary>
internal static class Credentials
{
    private const string BasicScheme = "Basic";
    private const string BearerScheme = "Bearer";
    private const string Redacted = "[redacted]";

    /// <summary>
    /// Returns whether <paramref name="authorization"/> is HTTP Basic with <paramref name="key"/> as
    /// the user name and an empty password, that is the base64 of <c>"key:"</c>.
    /// </summary>
    public static bool IsBasicWithKey(string? authorization, string key)
    {
        if (!TrySplit(authorization, out string scheme, out string parameter)
            || !scheme.Equals(BasicScheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        byte[] decoded = new byte[parameter.Length];
        if (!Convert.TryFromBase64String(parameter, decoded, out int length))
        {
            return false;
        }

        string userAndPassword = Encoding.UTF8.GetString(decoded, 0, length);
        return userAndPassword.Equals(key + ":", StringComparison.Ordinal);
    }

    /// <summary>Returns whether <paramref name="authorization"/> is <c>Bearer</c> followed by <paramref name="key"/>.</summary>
    public static bool IsBearerWithKey(string? authorization, string key)
    {
        return TrySplit(authorization, out string scheme, out string parameter)
            && scheme.Equals(BearerScheme, StringComparison.OrdinalIgnoreCase)
            && parameter.Equals(key, StringComparison.Ordinal);
    }

    /// <summary>
    /// Returns the scheme followed by <c>" [redacted]"</c>, or <see langword="null"/> when there is no
    /// header. A header without a scheme of ASCII letters gives <c>"[redacted]"</c>, because its
    /// first word could be the key itself.
    /// </summary>
    public static string? Redact(string? authorization)
    {
        if (authorization is null)
        {
            return null;
        }

        if (TrySplit(authorization, out string scheme, out _) && IsAsciiLetters(scheme))
        {
            return scheme + " " + Redacted;
        }

        return Redacted;
    }

    private static bool IsAsciiLetters(string value)
    {
        foreach (char character in value)
        {
            if (!char.IsAsciiLetter(character))
            {
                return false;
            }
        }

        return true;
    }

    private static bool TrySplit(string? authorization, out string scheme, out string parameter)
    {
        scheme = string.Empty;
        parameter = string.Empty;
        if (string.IsNullOrEmpty(authorization))
        {
            return false;
        }

        string trimmed = authorization.Trim();
        int space = trimmed.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0)
        {
            return false;
        }

        scheme = trimmed[..space];
        parameter = trimmed[(space + 1)..].Trim();
        return parameter.Length > 0;
    }
}
