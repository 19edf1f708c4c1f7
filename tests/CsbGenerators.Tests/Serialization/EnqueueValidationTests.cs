using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using CsbGenerators.Tests.EndToEnd;
using CsbGenerators.Tests.Events;
using Xunit;

namespace CsbGenerators.Tests.Serialization;

/// <summary>
/// A value that JSON cannot carry is rejected when the event is sent, before it is enqueued: the messages
/// sent before and after it are delivered, and nothing of it reaches the receiver.
/// </summary>
public class EnqueueValidationTests : IClassFixture<ReceiverFixture>
{
    private readonly ReceiverFixture _fixture;

    public EnqueueValidationTests(ReceiverFixture fixture)
    {
        _fixture = fixture;
        _fixture.Receiver.Clear();
        _fixture.Receiver.Faults.Clear();
    }

    public static TheoryData<string> RejectedEvents => new()
    {
        "nan",
        "unpaired surrogate",
        "unspecified date",
        "unsupported type",
        "too deep",
        "default array",
    };

    [Theory]
    [MemberData(nameof(RejectedEvents))]
    public async Task RejectedEvent_LeavesBatchWhole(string problem)
    {
        await using var client = _fixture.CreateClient(CsbRoute.SegmentCompatible);
        await client.SendAsync(Examples.Track());

        var exception = await Assert.ThrowsAsync<CsbValidationException>(() => Send(client, problem));
        await client.SendAsync(Examples.Group());
        var result = await client.FlushAsync();

        Assert.NotNull(exception.MemberName);
        Assert.Equal(2, result.Delivered);
        Assert.Equal(new[] { "track", "group" }, _fixture.Receiver.Messages.Select(m => m.Type));
    }

    private static Task Send(CsbClient client, string problem)
    {
        switch (problem)
        {
            case "nan":
                return client.SendAsync(new NestedObjectProperties { AccountId = "a", UserId = "u", Center = new Geo { Lon = double.NaN } }).AsTask();
            case "unpaired surrogate":
                return client.SendAsync(new DictionaryTraits { AccountId = "a", UserId = "u", Labels = new Dictionary<string, string?> { ["k"] = "\ud800" } }).AsTask();
            case "unspecified date":
                return client.SendAsync(new FreeFormProperties { AccountId = "a", UserId = "u", Anything = new DateTime(2026, 1, 1) }).AsTask();
            case "unsupported type":
                return client.SendAsync(new FreeFormProperties { AccountId = "a", UserId = "u", Anything = new object() }).AsTask();
            case "too deep":
                var items = new List<object?>();
                items.Add(items);
                return client.SendAsync(new FreeFormProperties { AccountId = "a", UserId = "u", Items = items }).AsTask();
            default:
                return client.SendAsync(new RecordStructTrack("a", "u", new Money(1, "EUR"), null, default)).AsTask();
        }
    }
}
