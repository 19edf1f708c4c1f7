using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Xunit;

namespace CsbGenerators.LocalReceiver.Tests;

public sealed class RoutingTests : ReceiverTestBase
{
    [Fact]
    public async Task Get_Batch_Returns404()
    {
        using var response = await Client.GetAsync("/v1/batch");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("not found: GET /v1/batch", await ReadErrorAsync(response));
    }

    [Fact]
    public async Task Post_UnknownPath_Returns404()
    {
        using var unknown = await PostAsync("/v1/track", Payloads.ToJson(Payloads.Track()), WriteKeyAuthorization, "application/json");

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Post_UndocumentedCsbPath_Returns404()
    {
        using var response = await PostCsbAsync("/api/v1_1/login", "{\"account_id\":\"a\",\"user_id\":\"u\"}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Post_PathWithOtherCase_Returns404()
    {
        using var response = await PostCsbAsync("/api/v1_1/User", Payloads.ToJson(Payloads.CsbUser()));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Put_User_Returns404()
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, "/api/v1_1/user") { Content = new StringContent(Payloads.ToJson(Payloads.CsbUser())) };
        request.Headers.Authorization = ApiKeyAuthorization;

        using var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Post_UnknownPath_RecordsRequestWithoutMessage()
    {
        using var response = await Client.PostAsync("/unknown", new StringContent("hello"));

        ReceivedRequest request = SingleRequest();
        Assert.Equal(404, request.StatusCode);
        Assert.Equal("/unknown", request.Path);
        Assert.Empty(Receiver.Messages);
    }
}
