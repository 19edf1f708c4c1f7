using System;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CsbGenerators.Benchmarks.Infrastructure;
using CsbGenerators.Benchmarks.Payloads;

namespace CsbGenerators.Benchmarks.Serialization;

/// <summary>
/// Writes one Segment-spec message, envelope included, per operation: the generated serializer against
/// System.Text.Json (source-generated and reflection), Newtonsoft.Json and a per-event dictionary. Memcpy
/// copies the same bytes and marks the physical limit.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class SerializerBenchmarks
{
    private readonly OutputBuffers _output = new();
    private Payload _payload = null!;
    private byte[] _message = Array.Empty<byte>();
    private byte[] _copy = Array.Empty<byte>();

    [ParamsAllValues]
    public PayloadKind Payload { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _payload = PayloadCatalog.Create(Payload);
        BaselineEquivalence.ThrowIfAnyDiffers(_payload);
        _payload.WriteGenerated(_output, PayloadCatalog.Header);
        _message = _output.Bytes.WrittenSpan.ToArray();
        _copy = new byte[_message.Length];
    }

    [Benchmark(Baseline = true)]
    public void Generated() => _payload.WriteGenerated(_output, PayloadCatalog.Header);

    [Benchmark]
    public void StjSourceGenerated() => _payload.WriteSourceGeneratedContext(_output, PayloadCatalog.Header);

    [Benchmark]
    public void StjReflection() => _payload.WriteReflection(_output, PayloadCatalog.Header);

    [Benchmark]
    public void NewtonsoftJson() => _payload.WriteNewtonsoft(_output, PayloadCatalog.Header);

    [Benchmark]
    public void DictionaryStj() => _payload.WriteDictionary(_output, PayloadCatalog.Header);

    [Benchmark]
    public void Memcpy() => _message.AsSpan().CopyTo(_copy);

    /// <summary>Adds the output megabytes per second to the summary.</summary>
    private sealed class ThroughputConfig : ManualConfig
    {
        public ThroughputConfig()
        {
            AddColumn(new ThroughputColumn());
        }
    }
}
