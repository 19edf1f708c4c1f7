using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Xunit;

namespace CsbGenerators.LocalReceiver.Tests;

public sealed class SegmentAuthorizationTests : ReceiverTestBase
{
    [Fact]
    public async Task Batch_WithoutAuthorization_Returns401()
    {
        using var response = await PostBatchBodyAsync(Payloads.Batch(Payloads.Track()), withAuthorization: false);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.StartsWith("missing credentials", await ReadErrorAsync(response));
        Assert.Empty(Receiver.Messages);
    }

    [Fact]
    public async Task Batch_WithWrongWriteKey_Returns401()
    {
        using var response = await PostBatchBodyAsync(Payloads.Batch(Payloads.Track()), Basic("other-write-key"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.StartsWith("invalid Authorization header", await ReadErrorAsync(response));
        Assert.Empty(Receiver.Messages);
    }

    [Fact]
    public async Task Batch_WithBasicPassword_Returns401()
    {
        using var response = await PostBatchBodyAsync(Payloads.Batch(Payloads.Track()), Basic(Receiver.Options.WriteKey, "password"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Batch_WithBasicWithoutColon_Returns401()
    {
        var authorization = new AuthenticationHeaderValue("Basic", System.Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(Receiver.Options.WriteKey)));

        using var response = await PostBatchBodyAsync(Payloads.Batch(Payloads.Track()), authorization);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Batch_WithBearerWriteKey_Returns401()
    {
        using var response = await PostBatchBodyAsync(Payloads.Batch(Payloads.Track()), new AuthenticationHeaderValue("Bearer", Receiver.Options.WriteKey));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Batch_WithLowercaseBasicScheme_Returns200()
    {
        var header = Basic(Receiver.Options.WriteKey);

        using var response = await PostBatchBodyAsync(Payloads.Batch(Payloads.Track()), new AuthenticationHeaderValue("basic", header.Parameter));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Batch_WithBodyWriteKey_Returns200()
    {
        var body = JsonNode.Parse(Payloads.Batch(Payloads.Track()))!.AsObject();
        body["writeKey"] = Receiver.Options.WriteKey;

        using var response = await PostBatchBodyAsync(Payloads.ToJson(body), withAuthorization: false);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(SingleMessage().Accepted);
    }

    [Fact]
    public async Task Batch_WithWrongBodyWriteKey_Returns401()
    {
        var body = JsonNode.Parse(Payloads.Batch(Payloads.Track()))!.AsObject();
        body["writeKey"] = "other-write-key";

        using var response = await PostBatchBodyAsync(Payloads.ToJson(body), withAuthorization: false);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("invalid writeKey in the request body", await ReadErrorAsync(response));
    }

    [Fact]
    public async Task Batch_WrongHeaderRightBodyKey_Returns401()
    {
        var body = JsonNode.Parse(Payloads.Batch(Payloads.Track()))!.AsObject();
        body["writeKey"] = Receiver.Options.WriteKey;

        using var response = await PostBatchBodyAsync(Payloads.ToJson(body), Basic("other-write-key"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Batch_ChangedWriteKey_UsesNewKey()
    {
        Receiver.Options.WriteKey = "rotated-write-key";

        using var response = await PostBatchBodyAsync(Payloads.Batch(Payloads.Track()), Basic("rotated-write-key"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
