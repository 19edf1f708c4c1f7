using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CsbGenerators.LocalReceiver;

/// <summary>
/// Handles every request: reads the body, applies the next fault, dispatches to an endpoint,
/// records the request and its messages, and only then writes the response, so a client that
/// has its response can already see its request in <see cref="LocalReceiver.Requests"/>.
/// </summary>
internal sealed class RequestPipeline(
    LocalReceiverOptions options,
    FaultScript faults,
    ReceiverRecorder recorder,
    ILogger<RequestPipeline> logger)
{
    private const string JsonContentType = "application/json; charset=utf-8";

    public async Task HandleAsync(HttpContext context)
    {
        var exchange = new Exchange(context, recorder.BeginRequest(), DateTimeOffset.UtcNow);
        Fault? fault = faults.TakeNext();

        byte[]? body = await TryReadBodyAsync(exchange).ConfigureAwait(false);
        if (body is null)
        {
            return;
        }

        if (await TryApplyFaultAsync(exchange, fault, body).ConfigureAwait(false))
        {
            return;
        }

        EndpointResponse response;
        try
        {
            var incoming = new IncomingRequest(exchange.Path, exchange.Authorization, exchange.ContentType, body, options.UtcNow());
            response = Dispatch(exchange.Method, incoming);
        }
        catch (Exception exception)
        {
            // A failure here is a bug in the receiver or in the test's UtcNow clock. The 500 body
            // names it, so the test that sent the request can report it.
            ReceiverLog.HandlerFailed(logger, exchange.Method, exchange.Path, exception);
            response = EndpointResponse.Error(500, $"the local receiver failed: {exception.GetType().Name}: {exception.Message}");
        }

        recorder.RecordMessages(response.Messages);
        Record(exchange, body, response.StatusCode, response.Body);
        await WriteAsync(exchange, response.StatusCode, response.Body).ConfigureAwait(false);
    }

    /// <summary>
    /// Reads the whole body, or records the request, responds to it and returns <see langword="null"/>
    /// when the body cannot be read.
    /// </summary>
    private async Task<byte[]?> TryReadBodyAsync(Exchange exchange)
    {
        HttpContext context = exchange.Context;
        try
        {
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer, context.RequestAborted).ConfigureAwait(false);
            return buffer.ToArray();
        }
        catch (BadHttpRequestException exception)
        {
            // Kestrel rejects a body over its size limit (413) or with broken framing (400).
            ReceiverLog.BodyRejected(logger, exchange.Method, exchange.Path, exception.StatusCode, exception);
            string error = EndpointResponse.FormatErrorBody($"request body could not be read: {exception.Message}");
            Record(exchange, [], exception.StatusCode, error);
            await WriteAsync(exchange, exception.StatusCode, error).ConfigureAwait(false);
            return null;
        }
        catch (Exception exception) when (exception is IOException or OperationCanceledException)
        {
            ReceiverLog.ClientDisconnected(logger, exchange.Method, exchange.Path);
            Record(exchange, [], 0, string.Empty);
            return null;
        }
    }

    /// <summary>
    /// Applies <paramref name="fault"/> and returns <see langword="true"/> when it ended the request.
    /// A delay fault waits and then hands over to its inner fault, or to normal handling.
    /// </summary>
    private async Task<bool> TryApplyFaultAsync(Exchange exchange, Fault? fault, byte[] body)
    {
        while (fault is DelayFault delay)
        {
            ReceiverLog.FaultApplied(logger, exchange.Method, exchange.Path, delay);
            faults.BeginDelay();
            try
            {
                await Task.Delay(delay.Duration, exchange.Context.RequestAborted).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                ReceiverLog.ClientDisconnected(logger, exchange.Method, exchange.Path);
                Record(exchange, body, 0, string.Empty);
                return true;
            }
            finally
            {
                faults.EndDelay();
            }

            fault = delay.Then;
        }

        if (fault is ResetAfterBodyFault)
        {
            ReceiverLog.FaultApplied(logger, exchange.Method, exchange.Path, fault);
            Record(exchange, body, 0, string.Empty);
            ReceiverLog.ConnectionReset(logger, exchange.Method, exchange.Path);
            exchange.Context.Abort();
            return true;
        }

        if (fault is StatusFault status)
        {
            ReceiverLog.FaultApplied(logger, exchange.Method, exchange.Path, status);
            string faultBody = status.StatusCode < 300
                ? EndpointResponse.SuccessBody
                : EndpointResponse.FormatErrorBody($"fault injected by the test script: HTTP {status.StatusCode}");
            AddFaultHeaders(exchange.Context.Response, status);
            Record(exchange, body, status.StatusCode, faultBody);
            await WriteAsync(exchange, status.StatusCode, faultBody).ConfigureAwait(false);
            return true;
        }

        return false;
    }

    private void Record(Exchange exchange, byte[] body, int statusCode, string responseBody)
    {
        string? redacted = Credentials.Redact(exchange.Authorization);
        var received = new ReceivedRequest(
            exchange.Method,
            exchange.Path,
            redacted,
            exchange.ContentType,
            Encoding.UTF8.GetString(body),
            statusCode,
            responseBody,
            exchange.ReceivedAt);
        recorder.Complete(exchange.Slot, received);
        ReceiverLog.RequestHandled(logger, exchange.Method, exchange.Path, statusCode, redacted ?? "none", body.Length);
    }

    private EndpointResponse Dispatch(string method, IncomingRequest request)
    {
        if (HttpMethods.IsPost(method))
        {
            if (request.Path == SegmentBatchEndpoint.Path)
            {
                return SegmentBatchEndpoint.Handle(request, options);
            }

            string? csbType = CsbEndpoints.GetMessageType(request.Path);
            if (csbType is not null)
            {
                return CsbEndpoints.Handle(request, csbType, options);
            }
        }

        return EndpointResponse.Error(404, $"not found: {method} {request.Path}");
    }

    /// <summary>
    /// Adds <c>Retry-After</c> when the fault has one and, on a 429, <c>X-RateLimit-Reset</c> as the
    /// Unix time in seconds at which the client may send again.
    /// </summary>
    private static void AddFaultHeaders(HttpResponse response, StatusFault status)
    {
        if (status.RetryAfter is not null)
        {
            response.Headers.RetryAfter = status.RetryAfter;
        }

        if (status.StatusCode == StatusCodes.Status429TooManyRequests)
        {
            DateTimeOffset reset = RetryAfterHeader.GetResetTime(status.RetryAfter, DateTimeOffset.UtcNow);
            response.Headers["X-RateLimit-Reset"] = reset.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        }
    }

    private async Task WriteAsync(Exchange exchange, int statusCode, string body)
    {
        HttpResponse response = exchange.Context.Response;
        response.StatusCode = statusCode;
        response.ContentType = JsonContentType;
        try
        {
            await response.WriteAsync(body, exchange.Context.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is IOException or OperationCanceledException)
        {
            // The request is already recorded with the status code it would have had.
            ReceiverLog.ClientDisconnected(logger, exchange.Method, exchange.Path);
        }
    }

    /// <summary>One request in progress: its context, its place in arrival order and its headers.</summary>
    private sealed class Exchange(HttpContext context, RequestSlot slot, DateTimeOffset receivedAt)
    {
        public HttpContext Context { get; } = context;

        public RequestSlot Slot { get; } = slot;

        public DateTimeOffset ReceivedAt { get; } = receivedAt;

        public string Method { get; } = context.Request.Method;

        public string Path { get; } = context.Request.Path.Value ?? string.Empty;

        public string? Authorization { get; } = context.Request.Headers.Authorization.Count > 0 ? context.Request.Headers.Authorization.ToString() : null;

        public string? ContentType { get; } = context.Request.ContentType;
    }
}
