using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Xunit;

namespace CsbGenerators.LocalReceiver.Tests;

/// <summary>
/// Starts one receiver on 127.0.0.1 for each test, with an HttpClient that sends to it without
/// a proxy, and stops both after the test.
/// </summary>
public abstract class ReceiverTestBase : IAsyncLifetime
{
    private LocalReceiver? _receiver;
    private HttpClient? _client;

    protected LocalReceiver Receiver => _receiver ?? throw new InvalidOperationException("The receiver starts in InitializeAsync.");

    protected HttpClient Client => _client ?? throw new InvalidOperationException("The client is created in InitializeAsync.");

    /// <summary>Options of the receiver; a test class overrides this to fix the clock.</summary>
    protected virtual LocalReceiverOptions CreateOptions() => new();

    public async Task InitializeAsync()
    {
        _receiver = await LocalReceiver.StartAsync(CreateOptions());
        _client = CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_receiver is not null)
        {
            await _receiver.DisposeAsync();
        }
    }

    /// <summary>Creates a client with its own connection pool.</summary>
    protected HttpClient CreateClient(TimeSpan? timeout = null)
    {
        var handler = new SocketsHttpHandler { UseProxy = false };
        return new HttpClient(handler) { BaseAddress = Receiver.BaseAddress, Timeout = timeout ?? TimeSpan.FromSeconds(30) };
    }

    /// <summary>Returns the HTTP Basic header for <paramref name="userName"/> and <paramref name="password"/>.</summary>
    protected static AuthenticationHeaderValue Basic(string userName, string password = "")
    {
        return new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(userName + ":" + password)));
    }

    protected AuthenticationHeaderValue WriteKeyAuthorization => Basic(Receiver.Options.WriteKey);

    protected AuthenticationHeaderValue ApiKeyAuthorization => new("Bearer", Receiver.Options.ApiKey);

    /// <summary>Posts <c>{"batch":[…]}</c> to /v1/batch with the write key in HTTP Basic.</summary>
    protected Task<HttpResponseMessage> PostBatchAsync(params JsonNode[] messages)
    {
        return PostBatchBodyAsync(Payloads.Batch(messages));
    }

    /// <summary>Posts <paramref name="body"/> to /v1/batch with the given headers; the defaults are valid.</summary>
    protected Task<HttpResponseMessage> PostBatchBodyAsync(
        string body,
        AuthenticationHeaderValue? authorization = null,
        string? contentType = "application/json",
        bool withAuthorization = true)
    {
        return PostAsync("/v1/batch", body, withAuthorization ? authorization ?? WriteKeyAuthorization : null, contentType);
    }

    /// <summary>Posts <paramref name="body"/> to a CustomerSuccessBox path with the Bearer API key by default.</summary>
    protected Task<HttpResponseMessage> PostCsbAsync(
        string path,
        string body,
        AuthenticationHeaderValue? authorization = null,
        bool withAuthorization = true)
    {
        return PostAsync(path, body, withAuthorization ? authorization ?? ApiKeyAuthorization : null, "application/json");
    }

    protected async Task<HttpResponseMessage> PostAsync(string path, string body, AuthenticationHeaderValue? authorization, string? contentType)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path);
        request.Headers.Authorization = authorization;
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        if (contentType is not null)
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        request.Content = content;
        return await Client.SendAsync(request);
    }

    /// <summary>Returns the <c>error</c> string of a <c>{"success":false,"error":…}</c> body.</summary>
    protected static async Task<string?> ReadErrorAsync(HttpResponseMessage response)
    {
        string body = await response.Content.ReadAsStringAsync();
        using JsonDocument document = JsonDocument.Parse(body);
        return document.RootElement.GetProperty("error").GetString();
    }

    /// <summary>Returns the only recorded message, failing when there is not exactly one.</summary>
    protected ReceivedMessage SingleMessage() => Assert.Single(Receiver.Messages);

    /// <summary>Returns the only recorded request, failing when there is not exactly one.</summary>
    protected ReceivedRequest SingleRequest() => Assert.Single(Receiver.Requests);
}
