using System;
using System.Diagnostics;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CsbGenerators.Benchmarks.Infrastructure;
using CsbGenerators.Benchmarks.Payloads;

namespace CsbGenerators.Benchmarks.Delivery;

/// <summary>
/// Sends the four example calls in turn and flushes, through the Segment-compatible route to the local
/// receiver in another process on loopback, with the client's default options. One operation is one event,
/// so the time per operation is the inverse of the throughput.
/// </summary>
[MemoryDiagnoser]

// One operation takes from a tenth of a second to seconds, so the full run caps the iterations to stay bounded.
[MinWarmupCount(2)]
[MaxWarmupCount(5)]
[MinIterationCount(5)]
[MaxIterationCount(15)]
[Config(typeof(DeliveryColumnsConfig))]
public class DeliveryBenchmarks
{
    public const string ClientCpuMetric = "client-cpu-s-per-million";
    public const string ReceiverCpuMetric = "receiver-cpu-s-per-million";
    private const int EventsPerInvocation = 10_000;
    private const string Key = nameof(DeliveryBenchmarks) + "." + nameof(SendAndFlush);

    private readonly UserIdentified _identify = PayloadCatalog.Identify();
    private readonly OrderReceived _track = PayloadCatalog.Track();
    private readonly AccountUpdated _group = PayloadCatalog.Group();
    private readonly OrdersPageViewed _page = PayloadCatalog.Page();
    private ReceiverProcess _receiver = null!;
    private CsbClient _client = null!;

    [GlobalSetup]
    public void Setup()
    {
        _receiver = ReceiverProcess.Start();
        _client = new CsbClient(new CsbClientOptions
        {
            Route = CsbRoute.SegmentCompatible,
            Endpoint = _receiver.BaseAddress,
            WriteKey = ReceiverProcess.WriteKey,
        });
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _client.DisposeAsync().GetAwaiter().GetResult();
        _receiver.Dispose();
    }

    [Benchmark(OperationsPerInvoke = EventsPerInvocation)]
    public async Task SendAndFlush()
    {
        var clientCpu = Process.GetCurrentProcess().TotalProcessorTime;
        var receiverCpu = _receiver.TotalProcessorTime;

        for (var i = 0; i < EventsPerInvocation; i += 4)
        {
            await _client.SendAsync(_identify);
            await _client.SendAsync(_track);
            await _client.SendAsync(_group);
            await _client.SendAsync(_page);
        }

        // The flush reports the events still unsettled when it started; the rest were delivered before it.
        var result = await _client.FlushAsync();
        if (result.Failed != 0 || result.Pending != 0 || result.Dropped != 0)
        {
            throw new InvalidOperationException($"Not every event was delivered: {result}.");
        }

        var perMillion = 1_000_000.0 / EventsPerInvocation;
        SideMeasurements.Record(Key, ClientCpuMetric, (Process.GetCurrentProcess().TotalProcessorTime - clientCpu).TotalSeconds * perMillion);
        SideMeasurements.Record(Key, ReceiverCpuMetric, (_receiver.TotalProcessorTime - receiverCpu).TotalSeconds * perMillion);
    }

    /// <summary>Adds events per second and the CPU seconds per million events of both processes.</summary>
    private sealed class DeliveryColumnsConfig : ManualConfig
    {
        public DeliveryColumnsConfig()
        {
            AddColumn(
                new RateColumn("Events/s"),
                new MedianColumn(ClientCpuMetric, "Client CPU s/M", "F2", "CPU seconds of the sending process per million events (median)"),
                new MedianColumn(ReceiverCpuMetric, "Receiver CPU s/M", "F2", "CPU seconds of the receiver process per million events (median)"));
        }
    }
}
