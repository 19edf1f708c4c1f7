using System;
using System.Collections.Generic;
using System.Threading;

namespace CsbGenerators.LocalReceiver;

/// <summary>
/// Faults for the next requests, on every path. Each arriving request takes the first queued fault,
/// and when the queue is empty, the repeating rule decides. Thread-safe.
/// </summary>
public sealed class FaultScript
{
    private readonly object _gate = new();
    private readonly Queue<Fault> _queue = new();
    private Func<int, Fault?>? _repeatingRule;
    private int _repeatingRequestNumber;
    private int _delayingCount;

    /// <summary>Number of queued faults that no request has taken yet.</summary>
    public int PendingCount
    {
        get
        {
            lock (_gate)
            {
                return _queue.Count;
            }
        }
    }

    /// <summary>
    /// Number of requests that a <see cref="Fault.Delay"/> holds right now. A test that steps a fake clock
    /// compares it with the client's requests in flight, so it knows which requests the receiver holds on purpose.
    /// </summary>
    public int DelayingCount => Volatile.Read(ref _delayingCount);

    /// <summary>Appends faults for the next requests, one request each, in order.</summary>
    public void Enqueue(params Fault[] faults)
    {
        ArgumentNullException.ThrowIfNull(faults);
        foreach (Fault fault in faults)
        {
            ArgumentNullException.ThrowIfNull(fault, nameof(faults));
        }

        lock (_gate)
        {
            foreach (Fault fault in faults)
            {
                _queue.Enqueue(fault);
            }
        }
    }

    /// <summary>
    /// Sets the rule for requests that find the queue empty. The rule receives the request number,
    /// counted from 1 over those requests since this call, and returns a fault or
    /// <see langword="null"/> for normal handling. For example <c>n =&gt; n % 10 == 0 ? Fault.Status(503) : null</c>
    /// fails one request in ten. The rule runs under a lock, so it must be quick.
    /// </summary>
    public void SetRepeating(Func<int, Fault?> rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        lock (_gate)
        {
            _repeatingRule = rule;
            _repeatingRequestNumber = 0;
        }
    }

    /// <summary>Removes the queued faults and the repeating rule.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _queue.Clear();
            _repeatingRule = null;
            _repeatingRequestNumber = 0;
        }
    }

    internal void BeginDelay() => Interlocked.Increment(ref _delayingCount);

    internal void EndDelay() => Interlocked.Decrement(ref _delayingCount);

    /// <summary>Takes the fault for a request that has just arrived, or <see langword="null"/>.</summary>
    internal Fault? TakeNext()
    {
        lock (_gate)
        {
            if (_queue.TryDequeue(out Fault? queued))
            {
                return queued;
            }

            if (_repeatingRule is null)
            {
                return null;
            }

            _repeatingRequestNumber++;
            return _repeatingRule(_repeatingRequestNumber);
        }
    }
}
