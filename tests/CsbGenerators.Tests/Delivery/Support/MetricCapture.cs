using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Diagnostics.Metrics;

namespace CsbGenerators.Tests.Delivery.Support;

/// <summary>Sums the measurements of one client's meter, by instrument and by the <c>reason</c> tag.</summary>
internal sealed class MetricCapture : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<string, long> _sums = new();
    private readonly ConcurrentDictionary<string, long> _last = new();
    private readonly ConcurrentDictionary<string, bool> _tags = new();

    public MetricCapture(Meter meter)
        : this(candidate => ReferenceEquals(candidate, meter))
    {
    }

    /// <summary>Listens to every meter that <paramref name="select"/> accepts, including meters created later.</summary>
    public MetricCapture(Func<Meter, bool> select)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (select(instrument.Meter))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>(OnMeasurement);
        _listener.Start();
    }

    /// <summary>Every tag seen on any measurement, as <c>key=value</c>.</summary>
    public IReadOnlyCollection<string> Tags => _tags.Keys.ToArray();

    public long Sum(string instrument, string? reason = null) => _sums.TryGetValue(Key(instrument, reason), out var sum) ? sum : 0;

    /// <summary>Reads a gauge now.</summary>
    public long Observe(string instrument)
    {
        _listener.RecordObservableInstruments();
        return _last.TryGetValue(instrument, out var value) ? value : -1;
    }

    public void Dispose() => _listener.Dispose();

    private void OnMeasurement(Instrument instrument, long value, ReadOnlySpan<KeyValuePair<string, object?>> tags, object? state)
    {
        string? reason = null;
        foreach (var tag in tags)
        {
            _tags.TryAdd(tag.Key + "=" + tag.Value, true);
            if (tag.Key == "reason")
            {
                reason = tag.Value as string;
            }
        }

        _sums.AddOrUpdate(Key(instrument.Name, null), value, (_, sum) => sum + value);
        if (reason is not null)
        {
            _sums.AddOrUpdate(Key(instrument.Name, reason), value, (_, sum) => sum + value);
        }

        _last[instrument.Name] = value;
    }

    private static string Key(string instrument, string? reason) => reason is null ? instrument : instrument + "|" + reason;
}
