using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace CsbGenerators.LocalReceiver;

/// <summary>
/// Thread-safe store of the received requests and messages, and of the Segment message ids seen
/// so far for duplicate detection.
/// </summary>
internal sealed class ReceiverRecorder
{
    private readonly object _gate = new();
    private List<RequestSlot> _requests = [];
    private readonly List<ReceivedMessage> _messages = [];
    private readonly HashSet<string> _seenMessageIds = new(StringComparer.Ordinal);
    private int _acceptedCount;
    private TaskCompletionSource _messagesChanged = NewSignal();

    /// <summary>
    /// Reserves the request's place in arrival order. The request appears in
    /// <see cref="GetRequests"/> once <see cref="Complete"/> has filled the slot.
    /// </summary>
    public RequestSlot BeginRequest()
    {
        var slot = new RequestSlot();
        lock (_gate)
        {
            _requests.Add(slot);
        }

        return slot;
    }

    /// <summary>Fills a slot from <see cref="BeginRequest"/>. A slot reserved before <see cref="Clear"/> is no longer listed, so its request is dropped.</summary>
    public void Complete(RequestSlot slot, ReceivedRequest request)
    {
        lock (_gate)
        {
            slot.Request = request;
        }
    }

    public IReadOnlyList<ReceivedRequest> GetRequests()
    {
        lock (_gate)
        {
            return _requests.Where(slot => slot.Request is not null).Select(slot => slot.Request!).ToArray();
        }
    }

    public IReadOnlyList<ReceivedMessage> GetMessages()
    {
        lock (_gate)
        {
            return _messages.ToArray();
        }
    }

    /// <summary>
    /// Stores the messages in order. A message whose <c>messageId</c> an earlier message had, or an
    /// earlier item of the same batch, is stored as a rejected duplicate.
    /// </summary>
    public void RecordMessages(IReadOnlyList<MessageVerdict> verdicts)
    {
        if (verdicts.Count == 0)
        {
            return;
        }

        TaskCompletionSource signal;
        lock (_gate)
        {
            foreach (MessageVerdict verdict in verdicts)
            {
                bool duplicate = verdict.MessageId is not null && !_seenMessageIds.Add(verdict.MessageId);
                var failures = new List<string>(verdict.Failures);
                if (duplicate)
                {
                    failures.Add($"messageId '{verdict.MessageId}' was received before");
                }

                bool accepted = failures.Count == 0;
                string? reason = accepted ? null : string.Join("; ", failures);
                _messages.Add(new ReceivedMessage(verdict.Route, verdict.Path, verdict.Type, verdict.MessageId, verdict.Json, accepted, reason, duplicate));
                if (accepted)
                {
                    _acceptedCount++;
                }
            }

            signal = SwapSignal();
        }

        signal.TrySetResult();
    }

    /// <summary>Removes every request, message and seen message id.</summary>
    public void Clear()
    {
        TaskCompletionSource signal;
        lock (_gate)
        {
            _requests = [];
            _messages.Clear();
            _seenMessageIds.Clear();
            _acceptedCount = 0;
            signal = SwapSignal();
        }

        signal.TrySetResult();
    }

    /// <summary>
    /// Waits until at least <paramref name="acceptedCount"/> messages are accepted, or throws a
    /// <see cref="TimeoutException"/> that names the expected and actual counts.
    /// </summary>
    public async Task WaitForAcceptedAsync(int acceptedCount, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(acceptedCount);
        if (timeout < TimeSpan.Zero && timeout != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(timeout), timeout, "The timeout must not be negative, except Timeout.InfiniteTimeSpan.");
        }

        Stopwatch stopwatch = Stopwatch.StartNew();
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                if (_acceptedCount >= acceptedCount)
                {
                    return;
                }

                changed = _messagesChanged.Task;
            }

            TimeSpan remaining = timeout == Timeout.InfiniteTimeSpan ? Timeout.InfiniteTimeSpan : timeout - stopwatch.Elapsed;
            if (remaining != Timeout.InfiniteTimeSpan && remaining <= TimeSpan.Zero)
            {
                throw new TimeoutException(DescribeTimeout(acceptedCount, timeout));
            }

            try
            {
                await changed.WaitAsync(remaining, cancellationToken).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                throw new TimeoutException(DescribeTimeout(acceptedCount, timeout));
            }
        }
    }

    private string DescribeTimeout(int expected, TimeSpan timeout)
    {
        lock (_gate)
        {
            int rejected = _messages.Count - _acceptedCount;
            string message = string.Format(
                CultureInfo.InvariantCulture,
                "Timed out after {0:0.###} s waiting for {1} accepted messages, but {2} were accepted and {3} rejected.",
                timeout.TotalSeconds,
                expected,
                _acceptedCount,
                rejected);
            string[] reasons = _messages
                .Where(received => !received.Accepted)
                .Select(received => received.RejectionReason!)
                .Distinct(StringComparer.Ordinal)
                .Take(3)
                .ToArray();
            return reasons.Length == 0 ? message : message + " Rejection reasons: " + string.Join(" | ", reasons);
        }
    }

    /// <summary>Replaces the change signal under the lock, so the caller can complete the old one outside it.</summary>
    private TaskCompletionSource SwapSignal()
    {
        TaskCompletionSource previous = _messagesChanged;
        _messagesChanged = NewSignal();
        return previous;
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}

/// <summary>A request's place in arrival order, filled when its response is decided.</summary>
internal sealed class RequestSlot
{
    public ReceivedRequest? Request { get; set; }
}
