using System;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;
using Xunit;

namespace CsbGenerators.LocalReceiver.Tests;

public sealed class RecordingTests : ReceiverTestBase
{
    [Fact]
    public async Task Request_RecordsMethodPathBodyAndResponse()
    {
        string body = Payloads.Batch(Payloads.Track());
        DateTimeOffset before = DateTimeOffset.UtcNow;

        using var response = await PostBatchBodyAsync(body);

        ReceivedRequest request = SingleRequest();
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v1/batch", request.Path);
        Assert.Equal("application/json", request.ContentType);
        Assert.Equal(body, request.Body);
        Assert.Equal(200, request.StatusCode);
        Assert.Equal("{\"success\":true}", request.ResponseBody);
        Assert.InRange(request.ReceivedAt, before.AddSeconds(-1), DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task Request_WithBasic_RecordsRedactedAuthorization()
    {
        using var response = await PostBatchBodyAsync(Payloads.Batch(Payloads.Track()));

        Assert.Equal("Basic [redacted]", SingleRequest().Authorization);
    }

    [Fact]
    public async Task Request_WithBearer_RecordsRedactedAuthorization()
    {
        using var response = await PostCsbAsync("/api/v1_1/user", Payloads.ToJson(Payloads.CsbUser()));

        Assert.Equal("Bearer [redacted]", SingleRequest().Authorization);
    }

    [Fact]
    public async Task Request_SchemelessHeader_RedactsAll()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1_1/user") { Content = new StringContent("{}") };
        request.Headers.TryAddWithoutValidation("Authorization", "local-api-key trailing");

        using var response = await Client.SendAsync(request);

        Assert.Equal("[redacted]", SingleRequest().Authorization);
    }

    [Fact]
    public async Task Request_WithoutAuthorization_RecordsNull()
    {
        using var response = await PostBatchBodyAsync(Payloads.Batch(Payloads.Track()), withAuthorization: false);

        Assert.Null(SingleRequest().Authorization);
    }

    [Fact]
    public async Task Rejected_Request_IsRecorded()
    {
        using var response = await PostBatchBodyAsync(Payloads.Batch(Payloads.Track()), contentType: "text/plain");

        ReceivedRequest request = SingleRequest();
        Assert.Equal(400, request.StatusCode);
        Assert.Contains("Content-Type must be application/json", request.ResponseBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Requests_AreInArrivalOrder()
    {
        for (int i = 0; i < 5; i++)
        {
            using var response = await PostAsync("/path-" + i, string.Empty, null, null);
        }

        Assert.Equal(
            new[] { "/path-0", "/path-1", "/path-2", "/path-3", "/path-4" },
            Receiver.Requests.Select(request => request.Path).ToArray());
    }

    [Fact]
    public async Task Requests_ReturnsSnapshot()
    {
        using var first = await PostBatchAsync(Payloads.Track());
        var snapshot = Receiver.Requests;

        using var second = await PostBatchAsync(Payloads.Track());

        Assert.Single(snapshot);
        Assert.Equal(2, Receiver.Requests.Count);
    }

    [Fact]
    public async Task Clear_RemovesRequestsAndMessages()
    {
        using var response = await PostBatchAsync(Payloads.Track());

        Receiver.Clear();

        Assert.Empty(Receiver.Requests);
        Assert.Empty(Receiver.Messages);
    }

    [Fact]
    public async Task ConcurrentRequests_AreAllRecorded()
    {
        var sends = Enumerable.Range(0, 20).Select(async _ =>
        {
            using var response = await PostBatchAsync(Payloads.Track(), Payloads.Identify());
            return (int)response.StatusCode;
        });

        int[] statusCodes = await Task.WhenAll(sends);

        Assert.All(statusCodes, statusCode => Assert.Equal(200, statusCode));
        Assert.Equal(20, Receiver.Requests.Count);
        Assert.Equal(40, Receiver.Messages.Count(message => message.Accepted));
    }

    [Fact]
    public async Task ContentType_WithCharset_IsRecordedAsSent()
    {
        using var response = await PostBatchBodyAsync(Payloads.Batch(Payloads.Track()), contentType: "application/json; charset=utf-8");

        Assert.Equal("application/json; charset=utf-8", SingleRequest().ContentType);
    }

    [Fact]
    public async Task FailingClock_Returns500AndIsRecorded()
    {
        Receiver.Options.UtcNow = () => throw new InvalidOperationException("clock failed");

        using var response = await PostBatchAsync(Payloads.Track());

        Assert.Equal(System.Net.HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("the local receiver failed: InvalidOperationException: clock failed", await ReadErrorAsync(response));
        Assert.Equal(500, SingleRequest().StatusCode);
    }

    [Fact]
    public async Task AuthorizationHeader_NeverRecordsTheKey()
    {
        using var response = await PostBatchBodyAsync(Payloads.Batch(Payloads.Track()), new AuthenticationHeaderValue("Bearer", Receiver.Options.WriteKey));

        Assert.DoesNotContain(Receiver.Options.WriteKey, SingleRequest().Authorization, StringComparison.Ordinal);
    }
}
