using System.Diagnostics.Tracing;
using BenchmarkDotNet.Engines;

namespace CsbGenerators.Benchmarks.Infrastructure;

/// <summary>
/// Follows BenchmarkDotNet's engine events in the benchmark process, so that a benchmark can tell its measured
/// invocations from the jitting, pilot and warmup ones, which the engine runs first.
/// </summary>
public sealed class MeasuredStageListener : EventListener
{
    private const string EngineEventSourceName = "BenchmarkDotNet.EngineEventSource";

    private volatile bool _isMeasuring;

    /// <summary>Whether the engine is between the start and the end of the measured workload iterations.</summary>
    public bool IsMeasuring => _isMeasuring;

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == EngineEventSourceName)
        {
            EnableEvents(eventSource, EventLevel.Informational);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventId == EngineEventSource.WorkloadActualStartEventId)
        {
            _isMeasuring = true;
        }
        else if (eventData.EventId == EngineEventSource.WorkloadActualStopEventId)
        {
            _isMeasuring = false;
        }
    }
}
