using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading;
using CsbGenerators.Tests.Events;
using CsbGenerators.Tests.Events.Generic;
using CsCheck;
using Xunit;

namespace CsbGenerators.Tests.Serialization;

/// <summary>
/// Random instances of a dozen event types, serialized by the generated code and by System.Text.Json, give
/// equal traits or properties objects as JSON trees, under the invariant culture and three hostile ones. A
/// value that this project rejects must be rejected by both: by the generated code with a
/// <see cref="CsbValidationException"/>, and by System.Text.Json itself or by a converter of
/// <see cref="StjReference"/> that states the same policy.
/// </summary>
public class StjEquivalenceTests
{
    private const int Iterations = 300;

    private static readonly Dictionary<string, Func<string, string?, int, Outcome>> Checks = new()
    {
        [nameof(ScalarTraits)] = (culture, seed, iterations) => Check(EventGenerators.ScalarTraits, culture, seed, iterations),
        [nameof(NullableProperties)] = (culture, seed, iterations) => Check(EventGenerators.NullableProperties, culture, seed, iterations),
        [nameof(EnumTraits)] = (culture, seed, iterations) => Check(EventGenerators.EnumTraits, culture, seed, iterations),
        [nameof(CollectionProperties)] = (culture, seed, iterations) => Check(EventGenerators.CollectionProperties, culture, seed, iterations),
        [nameof(DictionaryTraits)] = (culture, seed, iterations) => Check(EventGenerators.DictionaryTraits, culture, seed, iterations),
        [nameof(NestedObjectProperties)] = (culture, seed, iterations) => Check(EventGenerators.NestedObjectProperties, culture, seed, iterations),
        [nameof(FreeFormProperties)] = (culture, seed, iterations) => Check(EventGenerators.FreeFormProperties, culture, seed, iterations),
        [nameof(JsonValueTraits)] = (culture, seed, iterations) => Check(EventGenerators.JsonValueTraits, culture, seed, iterations),
        [nameof(PositionalIdentify)] = (culture, seed, iterations) => Check(EventGenerators.PositionalIdentify, culture, seed, iterations),
        [nameof(RecordStructTrack)] = (culture, seed, iterations) => Check(EventGenerators.RecordStructTrack, culture, seed, iterations),
        [nameof(DerivedAccount)] = (culture, seed, iterations) => Check(EventGenerators.DerivedAccount, culture, seed, iterations),
        ["Container.Viewed"] = (culture, seed, iterations) => Check(EventGenerators.GenericViewed, culture, seed, iterations),
    };

    public static TheoryData<string, string> EventsAndCultures()
    {
        var data = new TheoryData<string, string>();
        foreach (var eventType in Checks.Keys)
        {
            foreach (var culture in CultureScope.Names)
            {
                data.Add(eventType, culture);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EventsAndCultures))]
    public void RandomInstances_MatchSystemTextJson(string eventType, string culture)
    {
        var outcome = CheckUnderCulture(eventType, culture, seed: null, Iterations);

        // Rejections are rare by design; a run that compares few instances proves little.
        Assert.True(outcome.Compared >= Iterations / 2, $"Only {outcome.Compared} of {Iterations} instances were compared; {outcome.Rejected} were rejected.");
    }

    /// <summary>
    /// Seeds that failed <see cref="RandomInstances_MatchSystemTextJson"/>, kept as fixed cases. They found
    /// combinations of <c>[Flags]</c> values, which System.Text.Json names most bits first.
    /// </summary>
    [Theory]
    [InlineData(nameof(EnumTraits), "", "58y79B4sH7A1")]
    [InlineData(nameof(EnumTraits), "fi-FI", "712MRKtp2Ip1")]
    [InlineData(nameof(EnumTraits), "ar-SA", "aTz_siAs3AO1")]
    [InlineData(nameof(EnumTraits), "th-TH", "eB5rLlJPUU52")]
    [InlineData(nameof(NullableProperties), "", "4cCLxwaU7Qc1")]
    [InlineData(nameof(NullableProperties), "fi-FI", "e_O6tqiRm0w1")]
    [InlineData(nameof(NullableProperties), "th-TH", "45ROgjPzxxU2")]
    public void RegressionSeed_MatchesSystemTextJson(string eventType, string culture, string seed)
    {
        var outcome = CheckUnderCulture(eventType, culture, seed, iterations: 1);

        Assert.Equal(1, outcome.Compared + outcome.Rejected);
    }

    private static Outcome CheckUnderCulture(string eventType, string culture, string? seed, int iterations)
    {
        return Checks[eventType](culture, seed, iterations);
    }

    private static Outcome Check<TEvent>(Gen<TEvent> gen, string culture, string? seed, int iterations)
        where TEvent : ICsbEvent
    {
        var compared = 0;
        var rejected = 0;
        gen.Sample(
            csbEvent =>
            {
                // Sample prints a failing instance after this returns, under the caller's culture, which some
                // calendars cannot print every date in. One thread: xunit already runs the cases in parallel.
                using (CultureScope.Use(culture))
                {
                    if (AssertSameAsSystemTextJson(csbEvent))
                    {
                        Interlocked.Increment(ref compared);
                    }
                    else
                    {
                        Interlocked.Increment(ref rejected);
                    }
                }
            },
            seed: seed,
            iter: iterations,
            threads: 1);
        return new Outcome(compared, rejected);
    }

    /// <summary>Returns true when both serializers wrote equal trees, and false when both rejected the instance.</summary>
    private static bool AssertSameAsSystemTextJson<TEvent>(TEvent csbEvent)
        where TEvent : ICsbEvent
    {
        JsonElement? generated = null;
        CsbValidationException? generatedError = null;
        try
        {
            generated = GeneratedMembers(csbEvent);
        }
        catch (CsbValidationException exception)
        {
            generatedError = exception;
        }

        JsonElement? reference = null;
        Exception? referenceError = null;
        try
        {
            reference = JsonSerializer.SerializeToElement(csbEvent, StjReference.Options);
        }
        catch (Exception exception) when (exception is JsonException or ArgumentException or InvalidOperationException)
        {
            referenceError = exception;
        }

        if (generatedError is not null || referenceError is not null)
        {
            Assert.True(generatedError is not null, $"System.Text.Json rejected the event and the generated code did not: {referenceError?.Message}\ngenerated: {generated?.GetRawText()}");
            Assert.True(referenceError is not null, $"The generated code rejected the event and System.Text.Json did not: {generatedError?.Message}\nreference: {reference?.GetRawText()}");
            return false;
        }

        JsonTree.AssertEqual(reference!.Value, generated!.Value);
        return true;
    }

    /// <summary>The traits or properties object that the generated Segment-spec message carries.</summary>
    private static JsonElement GeneratedMembers<TEvent>(TEvent csbEvent)
        where TEvent : ICsbEvent
    {
        var output = new ArrayBufferWriter<byte>();
        CsbSerializer.WriteSegmentMessage(csbEvent, output, JsonOutput.Header);
        using var message = JsonDocument.Parse(output.WrittenMemory);
        var kind = csbEvent.EventInfo.Kind;
        var container = kind is CsbEventKind.Identify or CsbEventKind.Group ? "traits" : "properties";
        return message.RootElement.GetProperty(container).Clone();
    }

    private readonly record struct Outcome(int Compared, int Rejected);
}
