using System;

namespace CsbGenerators.LocalReceiver;

/// <summary>
/// A failure that the receiver applies to one request in place of, or before, normal handling.
/// A faulted request is recorded in <see cref="LocalReceiver.Requests"/> but never adds a message.
/// </summary>
public abstract record Fault
{
    private protected Fault()
    {
    }

    /// <summary>
    /// Creates a fault that responds with <paramref name="statusCode"/> without handling the request.
    /// </summary>
    /// <param name="statusCode">Status code from 200 to 599.</param>
    /// <param name="retryAfter">
    /// Value of the <c>Retry-After</c> header, sent as given (delay-seconds, an HTTP date, or a
    /// malformed value to test the client). No header is sent when it is <see langword="null"/>.
    /// </param>
    /// <remarks>A 429 also carries <c>X-RateLimit-Reset</c>, in Unix seconds.</remarks>
    public static Fault Status(int statusCode, string? retryAfter = null)
    {
        if (statusCode is < 200 or > 599)
        {
            throw new ArgumentOutOfRangeException(nameof(statusCode), statusCode, "The status code must be from 200 to 599.");
        }

        if (retryAfter is not null && ContainsControlCharacter(retryAfter))
        {
            throw new ArgumentException("Retry-After must not contain control characters such as CR or LF.", nameof(retryAfter));
        }

        return new StatusFault(statusCode, retryAfter);
    }

    /// <summary>
    /// Creates a fault that waits after reading the body, then handles the request normally or
    /// applies <paramref name="then"/>. The wait ends early when the client disconnects, and the
    /// request is then recorded with status code 0.
    /// </summary>
    public static Fault Delay(TimeSpan delay, Fault? then = null)
    {
        if (delay < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(delay), delay, "The delay must not be negative.");
        }

        return new DelayFault(delay, then);
    }

    /// <summary>
    /// Creates a fault that reads the whole body, records the request with status code 0, records
    /// no message, and aborts the connection without a response.
    /// </summary>
    public static Fault ResetAfterBody() => new ResetAfterBodyFault();

    private static bool ContainsControlCharacter(string value)
    {
        foreach (char character in value)
        {
            if (char.IsControl(character))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>A fault that responds with a fixed status code, created by <see cref="Fault.Status"/>.</summary>
public sealed record StatusFault(int StatusCode, string? RetryAfter) : Fault;

/// <summary>A fault that waits before handling, created by <see cref="Fault.Delay"/>.</summary>
public sealed record DelayFault(TimeSpan Duration, Fault? Then) : Fault;

/// <summary>A fault that drops the connection after the body, created by <see cref="Fault.ResetAfterBody"/>.</summary>
public sealed record ResetAfterBodyFault : Fault;
