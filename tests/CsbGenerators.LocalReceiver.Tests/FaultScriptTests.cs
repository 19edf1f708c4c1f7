using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Xunit;

namespace CsbGenerators.LocalReceiver.Tests;

public sealed class FaultScriptTests : ReceiverTestBase
{
    [Fact]
    public async Task Status503_Returns503AndRecordsNoMessage()
    {
        Receiver.Faults.Enqueue(Fault.Status(503));

        using var response = await PostBatchAsync(Payloads.Track());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("fault injected by the test script: HTTP 503", await ReadErrorAsync(response));
        Assert.Equal(503, SingleRequest().StatusCode);
        Assert.Empty(Receiver.Messages);
    }

    [Fact]
    public async Task Status503_WithRetryAfter_SendsRetryAfter()
    {
        Receiver.Faults.Enqueue(Fault.Status(503, "2"));

        using var response = await PostBatchAsync(Payloads.Track());

        Assert.Equal(TimeSpan.FromSeconds(2), response.Headers.RetryAfter?.Delta);
        Assert.False(response.Headers.Contains("X-RateLimit-Reset"));
    }

    [Fact]
    public async Task Status500_WithoutRetryAfter_SendsNoRetryAfter()
    {
        Receiver.Faults.Enqueue(Fault.Status(500));

        using var response = await PostBatchAsync(Payloads.Track());

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Null(response.Headers.RetryAfter);
    }

    [Fact]
    public async Task Status429_SendsRetryAfterAndRateLimitReset()
    {
        Receiver.Faults.Enqueue(Fault.Status(429, "7"));
        long before = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

        using var response = await PostBatchAsync(Payloads.Track());

        long after = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(7), response.Headers.RetryAfter?.Delta);
        long reset = long.Parse(response.Headers.GetValues("X-RateLimit-Reset").Single(), CultureInfo.InvariantCulture);
        Assert.InRange(reset, before + 7, after + 7);
    }

    [Fact]
    public async Task Status429_HttpDate_SetsReset()
    {
        var date = new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero);
        Receiver.Faults.Enqueue(Fault.Status(429, date.ToString("r", CultureInfo.InvariantCulture)));

        using var response = await PostBatchAsync(Payloads.Track());

        Assert.Equal(date, response.Headers.RetryAfter?.Date);
        Assert.Equal(date.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), response.Headers.GetValues("X-RateLimit-Reset").Single());
    }

    [Fact]
    public async Task Status429_NoRetryAfter_ResetsInOneSecond()
    {
        Receiver.Faults.Enqueue(Fault.Status(429));
        long before = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

        using var response = await PostBatchAsync(Payloads.Track());

        long after = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        Assert.Null(response.Headers.RetryAfter);
        long reset = long.Parse(response.Headers.GetValues("X-RateLimit-Reset").Single(), CultureInfo.InvariantCulture);
        Assert.InRange(reset, before + 1, after + 1);
    }

    [Fact]
    public async Task Status200_ReturnsSuccessButRecordsNoMessage()
    {
        Receiver.Faults.Enqueue(Fault.Status(200));

        using var response = await PostBatchAsync(Payloads.Track());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("{\"success\":true}", await response.Content.ReadAsStringAsync());
        Assert.Empty(Receiver.Messages);
    }

    [Fact]
    public async Task Status_OnCsbRoute_AppliesToo()
    {
        Receiver.Faults.Enqueue(Fault.Status(502));

        using var response = await PostCsbAsync("/api/v1_1/user", Payloads.ToJson(Payloads.CsbUser()));

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Empty(Receiver.Messages);
    }

    [Fact]
    public async Task Status_BeforeAuthorization_AppliesFirst()
    {
        Receiver.Faults.Enqueue(Fault.Status(503));

        using var response = await PostBatchBodyAsync(Payloads.Batch(Payloads.Track()), withAuthorization: false);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    [Fact]
    public async Task Queue_AppliesInOrderThenHandlesNormally()
    {
        Receiver.Faults.Enqueue(Fault.Status(500), Fault.Status(429));

        HttpStatusCode[] statusCodes = await SendBatchesAsync(3);

        Assert.Equal(new[] { HttpStatusCode.InternalServerError, HttpStatusCode.TooManyRequests, HttpStatusCode.OK }, statusCodes);
        Assert.Equal(0, Receiver.Faults.PendingCount);
    }

    [Fact]
    public async Task Retry_AfterStatusFault_AcceptsSameMessageOnce()
    {
        Receiver.Faults.Enqueue(Fault.Status(503));
        string body = Payloads.Batch(Payloads.Track());

        using var failed = await PostBatchBodyAsync(body);
        using var retried = await PostBatchBodyAsync(body);

        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        ReceivedMessage message = SingleMessage();
        Assert.True(message.Accepted);
        Assert.False(message.Duplicate);
    }

    [Fact]
    public async Task Delay_WaitsThenAccepts()
    {
        Receiver.Faults.Enqueue(Fault.Delay(TimeSpan.FromMilliseconds(300)));
        Stopwatch stopwatch = Stopwatch.StartNew();

        using var response = await PostBatchAsync(Payloads.Track());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(stopwatch.Elapsed >= TimeSpan.FromMilliseconds(280), $"The response came after {stopwatch.ElapsedMilliseconds} ms.");
        Assert.True(SingleMessage().Accepted);
    }

    [Fact]
    public async Task DelayThenStatus_ReturnsInnerStatus()
    {
        Receiver.Faults.Enqueue(Fault.Delay(TimeSpan.FromMilliseconds(100), Fault.Status(504)));

        using var response = await PostBatchAsync(Payloads.Track());

        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        Assert.Empty(Receiver.Messages);
    }

    [Fact]
    public async Task Delay_ClientTimeout_RecordsStatusZero()
    {
        Receiver.Faults.Enqueue(Fault.Delay(TimeSpan.FromSeconds(30)));
        using HttpClient impatient = CreateClient(TimeSpan.FromMilliseconds(300));
        using var content = new StringContent(Payloads.Batch(Payloads.Track()), System.Text.Encoding.UTF8, "application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/batch") { Content = content };
        request.Headers.Authorization = WriteKeyAuthorization;

        await Assert.ThrowsAsync<TaskCanceledException>(() => impatient.SendAsync(request));

        ReceivedRequest received = await WaitForRequestAsync();
        Assert.Equal(0, received.StatusCode);
        Assert.Equal(string.Empty, received.ResponseBody);
        Assert.Empty(Receiver.Messages);
    }

    [Fact]
    public async Task Delay_CountsHeldRequestsUntilTheyEnd()
    {
        Receiver.Faults.Enqueue(Fault.Delay(TimeSpan.FromMilliseconds(500)));
        Assert.Equal(0, Receiver.Faults.DelayingCount);

        Task<HttpResponseMessage> pending = PostBatchAsync(Payloads.Track());
        var stopwatch = Stopwatch.StartNew();
        while (Receiver.Faults.DelayingCount == 0 && stopwatch.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(5);
        }

        Assert.Equal(1, Receiver.Faults.DelayingCount);
        using HttpResponseMessage response = await pending;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, Receiver.Faults.DelayingCount);
    }

    [Fact]
    public async Task ResetAfterBody_AbortsConnection()
    {
        Receiver.Faults.Enqueue(Fault.ResetAfterBody());

        await Assert.ThrowsAnyAsync<HttpRequestException>(() => PostBatchAsync(Payloads.Track()));
    }

    [Fact]
    public async Task ResetAfterBody_RecordsBodyWithStatusZero()
    {
        Receiver.Faults.Enqueue(Fault.ResetAfterBody());
        string body = Payloads.Batch(Payloads.Track());

        await Assert.ThrowsAnyAsync<HttpRequestException>(() => PostBatchBodyAsync(body));

        ReceivedRequest received = SingleRequest();
        Assert.Equal(0, received.StatusCode);
        Assert.Equal(body, received.Body);
        Assert.Empty(Receiver.Messages);
    }

    [Fact]
    public async Task ResetAfterBody_ThenRetry_AcceptsMessage()
    {
        Receiver.Faults.Enqueue(Fault.ResetAfterBody());
        string body = Payloads.Batch(Payloads.Track());
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => PostBatchBodyAsync(body));

        using var retried = await PostBatchBodyAsync(body);

        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.True(SingleMessage().Accepted);
    }

    [Fact]
    public async Task Repeating_FailsEverySecondRequest()
    {
        Receiver.Faults.SetRepeating(number => number % 2 == 0 ? Fault.Status(500) : null);

        HttpStatusCode[] statusCodes = await SendBatchesAsync(4);

        Assert.Equal(new[] { HttpStatusCode.OK, HttpStatusCode.InternalServerError, HttpStatusCode.OK, HttpStatusCode.InternalServerError }, statusCodes);
    }

    [Fact]
    public async Task Repeating_NumbersRequestsFromOne()
    {
        var numbers = new System.Collections.Concurrent.ConcurrentQueue<int>();
        using (var before = await PostBatchAsync(Payloads.Track()))
        {
        }

        Receiver.Faults.SetRepeating(number =>
        {
            numbers.Enqueue(number);
            return null;
        });
        await SendBatchesAsync(3);

        Assert.Equal(new[] { 1, 2, 3 }, numbers.ToArray());
    }

    [Fact]
    public async Task Queue_TakesPrecedenceOverRepeating()
    {
        Receiver.Faults.SetRepeating(_ => Fault.Status(500));
        Receiver.Faults.Enqueue(Fault.Status(503));

        HttpStatusCode[] statusCodes = await SendBatchesAsync(2);

        Assert.Equal(new[] { HttpStatusCode.ServiceUnavailable, HttpStatusCode.InternalServerError }, statusCodes);
    }

    [Fact]
    public async Task Clear_RestoresNormalHandling()
    {
        Receiver.Faults.Enqueue(Fault.Status(500));
        Receiver.Faults.SetRepeating(_ => Fault.Status(500));

        Receiver.Faults.Clear();
        HttpStatusCode[] statusCodes = await SendBatchesAsync(2);

        Assert.Equal(new[] { HttpStatusCode.OK, HttpStatusCode.OK }, statusCodes);
        Assert.Equal(0, Receiver.Faults.PendingCount);
    }

    [Fact]
    public void Status_BelowTwoHundred_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Fault.Status(100));
    }

    [Fact]
    public void Status_WithNewLineInRetryAfter_Throws()
    {
        Assert.Throws<ArgumentException>(() => Fault.Status(503, "1\r\nX-Injected: yes"));
    }

    [Fact]
    public void Delay_Negative_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Fault.Delay(TimeSpan.FromSeconds(-1)));
    }

    [Fact]
    public void Fault_ComparesByValue()
    {
        Assert.Equal(Fault.Delay(TimeSpan.FromSeconds(1), Fault.Status(503, "1")), Fault.Delay(TimeSpan.FromSeconds(1), Fault.Status(503, "1")));
    }

    /// <summary>Sends <paramref name="count"/> valid batches one after another and returns their status codes.</summary>
    private async Task<HttpStatusCode[]> SendBatchesAsync(int count)
    {
        var statusCodes = new HttpStatusCode[count];
        for (int i = 0; i < count; i++)
        {
            using var response = await PostBatchAsync(Payloads.Track());
            statusCodes[i] = response.StatusCode;
        }

        return statusCodes;
    }

    /// <summary>Waits up to 5 s for the first request to be recorded; the server records it after the client gave up.</summary>
    private async Task<ReceivedRequest> WaitForRequestAsync()
    {
        Stopwatch stopwatch = Stopwatch.StartNew();
        while (Receiver.Requests.Count == 0 && stopwatch.Elapsed < TimeSpan.FromSeconds(5))
        {
            await Task.Delay(20);
        }

        return SingleRequest();
    }
}
