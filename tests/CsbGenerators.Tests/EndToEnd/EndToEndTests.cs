using System;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using CsbGenerators.Tests.Events;
using Xunit;

namespace CsbGenerators.Tests.EndToEnd;

/// <summary>The four example calls travel through a real client and a real Kestrel receiver on loopback.</summary>
[Collection(nameof(EndToEndTests))]
public class EndToEndTests : IClassFixture<ReceiverFixture>
{
    private readonly ReceiverFixture _fixture;

    public EndToEndTests(ReceiverFixture fixture)
    {
        _fixture = fixture;
        _fixture.Receiver.Clear();
    }

    [Fact]
    public async Task SegmentRoute_DeliversFourCallsInOneBatch()
    {
        await using var client = _fixture.CreateClient(CsbRoute.SegmentCompatible);
        await client.SendAsync(Examples.Identify());
        await client.SendAsync(Examples.Track());
        await client.SendAsync(Examples.Group());
        await client.SendAsync(Examples.Page());

        var result = await client.FlushAsync();

        Assert.Equal(4, result.Delivered);
        Assert.True(result.IsComplete);
        var request = Assert.Single(_fixture.Receiver.Requests);
        Assert.Equal("/v1/batch", request.Path);
        Assert.Equal(200, request.StatusCode);
        var messages = _fixture.Receiver.Messages;
        Assert.Equal(new[] { "identify", "track", "group", "page" }, messages.Select(m => m.Type));
        Assert.All(messages, m => Assert.True(m.Accepted, m.RejectionReason));
    }

    [Fact]
    public async Task SegmentBatch_HasSentAtAndUniqueIds()
    {
        await using var client = _fixture.CreateClient(CsbRoute.SegmentCompatible);
        await client.SendAsync(Examples.Identify());
        await client.SendAsync(Examples.Identify());

        await client.FlushAsync();

        using var body = JsonDocument.Parse(Assert.Single(_fixture.Receiver.Requests).Body);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$", body.RootElement.GetProperty("sentAt").GetString());
        var ids = body.RootElement.GetProperty("batch").EnumerateArray().Select(m => m.GetProperty("messageId").GetString()).ToList();
        Assert.Equal(2, ids.Distinct().Count());
    }

    [Fact]
    public async Task CsbRoute_PostsEachCallToItsPath()
    {
        await using var client = _fixture.CreateClient(CsbRoute.CustomerSuccessBox);
        await client.SendAsync(Examples.Identify());
        await client.SendAsync(Examples.Track());
        await client.SendAsync(Examples.Group());

        var result = await client.FlushAsync();

        Assert.Equal(3, result.Delivered);
        // Requests run in parallel on this route, so their order is not fixed.
        Assert.Equal(new[] { "/api/v1_1/account", "/api/v1_1/feature", "/api/v1_1/user" }, _fixture.Receiver.Requests.Select(r => r.Path).Order());
        Assert.All(_fixture.Receiver.Messages, m => Assert.True(m.Accepted, m.RejectionReason));
        Assert.All(_fixture.Receiver.Requests, r => Assert.Equal("Bearer [redacted]", r.Authorization));
    }

    [Fact]
    public async Task CustomerSuccessBoxRoute_RejectsPageBeforeEnqueue()
    {
        await using var client = _fixture.CreateClient(CsbRoute.CustomerSuccessBox);

        var exception = await Assert.ThrowsAsync<CsbValidationException>(async () => await client.SendAsync(Examples.Page()));
        var result = await client.FlushAsync();

        Assert.Contains("Segment-compatible route", exception.Message);
        Assert.Equal(0, result.Delivered + result.Failed);
        Assert.Empty(_fixture.Receiver.Requests);
    }

    [Fact]
    public async Task WrongKey_PausesDeliveryAndKeepsMessage()
    {
        await using var client = _fixture.CreateClient(CsbRoute.SegmentCompatible, o => o.WriteKey = "wrong-key");
        await client.SendAsync(Examples.Identify());

        var result = await client.FlushAsync();

        Assert.True(result.DeliveryPaused);
        Assert.Equal(1, result.Pending);
        Assert.Equal(401, Assert.Single(_fixture.Receiver.Requests).StatusCode);
    }

    [Fact]
    public async Task DisposeAsync_DrainsQueue()
    {
        var client = _fixture.CreateClient(CsbRoute.SegmentCompatible, o => o.FlushInterval = TimeSpan.FromHours(1));
        await client.SendAsync(Examples.Track());

        await client.DisposeAsync();

        Assert.Single(_fixture.Receiver.Messages, m => m.Accepted);
    }

    [Fact]
    public async Task FlushAt_TriggersBackgroundFlush()
    {
        await using var client = _fixture.CreateClient(CsbRoute.SegmentCompatible, o =>
        {
            o.FlushAt = 2;
            o.FlushInterval = TimeSpan.FromHours(1);
        });

        await client.SendAsync(Examples.Track());
        await client.SendAsync(Examples.Track());

        await _fixture.Receiver.WaitForMessagesAsync(2, TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task FlushInterval_TriggersBackgroundFlush()
    {
        await using var client = _fixture.CreateClient(CsbRoute.SegmentCompatible, o => o.FlushInterval = TimeSpan.FromMilliseconds(50));

        await client.SendAsync(Examples.Track());

        await _fixture.Receiver.WaitForMessagesAsync(1, TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task MaxBatchMessages_SplitsRequests()
    {
        await using var client = _fixture.CreateClient(CsbRoute.SegmentCompatible, o => o.MaxBatchMessages = 2);
        for (var i = 0; i < 5; i++)
        {
            await client.SendAsync(Examples.Track());
        }

        var result = await client.FlushAsync();

        Assert.Equal(5, result.Delivered);
        Assert.Equal(3, _fixture.Receiver.Requests.Count);
    }
}
