using System;
using System.Collections.Generic;
using System.Diagnostics.Metrics;
using CsbGenerators.Serialization;

namespace CsbGenerators.Telemetry
{
    /// <summary>
    /// The client's instruments on a <see cref="Meter"/> named <c>CsbGenerators</c>: counters of enqueued, sent,
    /// retried, dropped and quarantined messages, and gauges of the messages and bytes held in memory. Every
    /// measurement carries the route as the <c>csb.route</c> tag; none carries a key.
    /// </summary>
    internal sealed class CsbMetrics : IDisposable
    {
        /// <summary>The meter name to listen to, for example with <c>dotnet-counters</c> or OpenTelemetry's <c>AddMeter</c>.</summary>
        public const string MeterName = "CsbGenerators";

        private readonly Meter _meter;
        private readonly bool _ownsMeter;
        private readonly KeyValuePair<string, object?> _routeTag;
        private readonly Counter<long> _enqueued;
        private readonly Counter<long> _sent;
        private readonly Counter<long> _retried;
        private readonly Counter<long> _dropped;
        private readonly Counter<long> _quarantined;

        public CsbMetrics(IMeterFactory? meterFactory, CsbRoute route, Func<long> queueDepth, Func<long> queueBytes)
        {
            _ownsMeter = meterFactory is null;
            _meter = meterFactory?.Create(new MeterOptions(MeterName) { Version = CsbLibraryInfo.LibraryVersion }) ?? new Meter(MeterName, CsbLibraryInfo.LibraryVersion);
            _routeTag = new KeyValuePair<string, object?>("csb.route", route == CsbRoute.CustomerSuccessBox ? "customer_success_box" : "segment_compatible");
            _enqueued = _meter.CreateCounter<long>("csb.messages.enqueued", "{message}", "Messages accepted into the queue.");
            _sent = _meter.CreateCounter<long>("csb.messages.sent", "{message}", "Messages the endpoint acknowledged with a 2xx status.");
            _retried = _meter.CreateCounter<long>("csb.messages.retried", "{message}", "Messages in requests that are retried after a transient failure, once per retry.");
            _dropped = _meter.CreateCounter<long>("csb.messages.dropped", "{message}", "Messages dropped, by reason: queue_full, retries_exhausted, shutdown, store_full, store_age, corrupt_file.");
            _quarantined = _meter.CreateCounter<long>("csb.messages.quarantined", "{message}", "Messages the endpoint rejected with a status that a retry cannot fix.");
            _meter.CreateObservableGauge("csb.queue.depth", () => new Measurement<long>(queueDepth(), _routeTag), "{message}", "Messages held in memory, queued or in flight.");
            _meter.CreateObservableGauge("csb.queue.bytes", () => new Measurement<long>(queueBytes(), _routeTag), "By", "Bytes held in memory, as counted against MaxQueueBytes.");
        }

        public Meter Meter => _meter;

        public void Enqueued() => _enqueued.Add(1, _routeTag);

        public void Sent(int count) => _sent.Add(count, _routeTag);

        public void Retried(int count) => _retried.Add(count, _routeTag);

        public void Quarantined(int count) => _quarantined.Add(count, _routeTag);

        public void Dropped(long count, string reason)
        {
            _dropped.Add(count, _routeTag, new KeyValuePair<string, object?>("reason", reason));
        }

        public void Dispose()
        {
            if (_ownsMeter)
            {
                _meter.Dispose();
            }
        }
    }

    /// <summary>The values of the <c>reason</c> tag of <c>csb.messages.dropped</c>.</summary>
    internal static class DropReasons
    {
        public const string QueueFull = "queue_full";
        public const string RetriesExhausted = "retries_exhausted";
        public const string Shutdown = "shutdown";
        public const string StoreFull = "store_full";
        public const string StoreAge = "store_age";
        public const string CorruptFile = "corrupt_file";
    }
}
