using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
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
/// enqueue path itself, in steady state: the median over the measured invocations, so the pool filling up
/// during the warmup does not count.
/// </remarks>
[MemoryDiagnoser]
[Config(typeof(SenderAllocationConfig))]
public class EnqueueBenchmarks
{
    public const string SenderBytesMetric = "sender-bytes-per-op";
    public const string DroppedMetric = "dropped-share";
    private const int SendsPerInvocation = 1_000;

    private readonly OrderReceived _event = PayloadCatalog.Track();

    /// <summary>The sending thread's bytes per send of each measured invocation; sized so that adding rarely allocates.</summary>
    private readonly List<double> _measuredSenderBytes = new(capacity: 16_384);

    private MeasuredStageListener _stage = null!;
    private CsbClient _client = null!;
    private long _sends;

    [GlobalSetup]
    public void Setup()
    {
        _stage = new MeasuredStageListener();

        // Nothing listens on the endpoint: the handler returns a response before any connection is made.
        var options = new CsbClientOptions
        {
            Route = CsbRoute.SegmentCompatible,
            Endpoint = new Uri("http://127.0.0.1:9/"),
            WriteKey = "benchmark-write-key",
        };
        _client = new CsbClient(options, new HttpClient(new DiscardingHandler()));
        WarmUp();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        var result = _client.FlushAsync().GetAwaiter().GetResult();
        _client.DisposeAsync().GetAwaiter().GetResult();
        _stage.Dispose();
        const string Key = nameof(EnqueueBenchmarks) + "." + nameof(SendAsync);
        foreach (var bytes in _measuredSenderBytes)
        {
            SideMeasurements.Record(Key, SenderBytesMetric, bytes);
        }

        if (_sends > 0)
        {
            SideMeasurements.Record(Key, DroppedMetric, (double)result.Dropped / _sends);
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

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        _sends += SendsPerInvocation;
        if (_stage.IsMeasuring)
        {
            _measuredSenderBytes.Add((double)allocated / SendsPerInvocation);
        }
    }

    /// <summary>
    /// Sends rounds of twice the queue's default cap as fast as the measured sends do, so the message pool grows
    /// to the most messages the queue can contain while the sender runs ahead of the loop. The pauses between rounds
    /// let tiered compilation replace the send path's first, unoptimized code. The short run's one warmup
    /// iteration of 50 ms is too short for either, so its measured sends would include both.
    /// </summary>
    private void WarmUp()
    {
        for (var round = 0; round < 10; round++)
        {
            for (var i = 0; i < 20 * SendsPerInvocation; i++)
            {
                _client.SendAsync(_event).GetAwaiter().GetResult();
            }

            _client.FlushAsync().GetAwaiter().GetResult();
            Thread.Sleep(100);
        }
    }

    /// <summary>Adds the sending thread's bytes per send and the share of sends that a full queue dropped.</summary>
    private sealed class SenderAllocationConfig : ManualConfig
    {
        public SenderAllocationConfig()
        {
            AddColumn(
                new MedianColumn(SenderBytesMetric, "Sender B/op", "F1", "Bytes allocated per send on the sending thread, median over the measured invocations, warmup excluded"),
                new MedianColumn(DroppedMetric, "Dropped", "P2", "Share of sends that the full queue dropped, over every invocation, warmup included"));
        }
    }
}
