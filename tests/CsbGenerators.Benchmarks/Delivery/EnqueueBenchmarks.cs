using System;
using System.Net.Http;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CsbGenerators.Benchmarks.Infrastructure;
using CsbGenerators.Benchmarks.Payloads;

namespace CsbGenerators.Benchmarks.Delivery;

/// <summary>
/// One <see cref="CsbClient.SendAsync{TEvent}"/> per operation on a running client whose transport discards
/// requests. The event object is created once, so the figures leave out the caller's own allocation.
/// </summary>
/// <remarks>
/// BenchmarkDotNet counts the allocations of every thread, so its "Allocated" column includes the background
/// delivery loop's share per event. The "Sender B/op" column counts only the sending thread, which is the
/// enqueue path itself.
/// </remarks>
[MemoryDiagnoser]
[Config(typeof(SenderAllocationConfig))]
public class EnqueueBenchmarks
{
    public const string SenderBytesMetric = "sender-bytes-per-op";
    public const string DroppedMetric = "dropped-share";
    private const int SendsPerInvocation = 1_000;

    private readonly OrderReceived _event = PayloadCatalog.Track();
    private CsbClient _client = null!;
    private long _senderBytes;
    private long _sends;

    [GlobalSetup]
    public void Setup()
    {
        // Nothing listens on the endpoint: the handler returns a response before any connection is made.
        var options = new CsbClientOptions
        {
            Route = CsbRoute.SegmentCompatible,
            Endpoint = new Uri("http://127.0.0.1:9/"),
            WriteKey = "benchmark-write-key",
        };
        _client = new CsbClient(options, new HttpClient(new DiscardingHandler()));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        var result = _client.FlushAsync().GetAwaiter().GetResult();
        _client.DisposeAsync().GetAwaiter().GetResult();
        if (_sends > 0)
        {
            SideMeasurements.Record(nameof(EnqueueBenchmarks) + "." + nameof(SendAsync), SenderBytesMetric, (double)_senderBytes / _sends);
            SideMeasurements.Record(nameof(EnqueueBenchmarks) + "." + nameof(SendAsync), DroppedMetric, (double)result.Dropped / _sends);
        }
    }

    [Benchmark(OperationsPerInvoke = SendsPerInvocation)]
    public void SendAsync()
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < SendsPerInvocation; i++)
        {
            // SendAsync completes synchronously once the event is enqueued.
            _client.SendAsync(_event).GetAwaiter().GetResult();
        }

        _senderBytes += GC.GetAllocatedBytesForCurrentThread() - before;
        _sends += SendsPerInvocation;
    }

    /// <summary>Adds the sending thread's bytes per send and the share of sends dropped by a full queue.</summary>
    private sealed class SenderAllocationConfig : ManualConfig
    {
        public SenderAllocationConfig()
        {
            AddColumn(
                new MedianColumn(SenderBytesMetric, "Sender B/op", "F1", "Bytes allocated per send on the sending thread, mean over every invocation, warmup included"),
                new MedianColumn(DroppedMetric, "Dropped", "P2", "Share of sends that the full queue dropped"));
        }
    }
}
