using System.Net;
using System.Net.Http.Headers;
using System.Threading.Tasks;
using Xunit;

namespace CsbGenerators.LocalReceiver.Tests;

public sealed class CsbAuthorizationTests : ReceiverTestBase
{
    [Fact]
    public async Task User_WithBearerApiKey_Returns200()
    {
        using var response = await PostCsbAsync("/api/v1_1/user", Payloads.ToJson(Payloads.CsbUser()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task User_WithBasicApiKey_Returns200()
    {
        using var response = await PostCsbAsync("/api/v1_1/user", Payloads.ToJson(Payloads.CsbUser()), Basic(Receiver.Options.ApiKey));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task User_WithoutAuthorization_Returns401()
    {
        using var response = await PostCsbAsync("/api/v1_1/user", Payloads.ToJson(Payloads.CsbUser()), withAuthorization: false);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.StartsWith("{\"success\":false,\"error\":\"missing Authorization header", await response.Content.ReadAsStringAsync());
        Assert.Empty(Receiver.Messages);
    }

    [Fact]
    public async Task User_WithWrongBearerKey_Returns401()
    {
        using var response = await PostCsbAsync("/api/v1_1/user", Payloads.ToJson(Payloads.CsbUser()), new AuthenticationHeaderValue("Bearer", "other-api-key"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("invalid API key in the Authorization header", await ReadErrorAsync(response));
    }

    [Fact]
    public async Task User_WithBasicPassword_Returns401()
    {
        using var response = await PostCsbAsync("/api/v1_1/user", Payloads.ToJson(Payloads.CsbUser()), Basic(Receiver.Options.ApiKey, "secret"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task User_WithWriteKey_Returns401()
    {
        using var response = await PostCsbAsync("/api/v1_1/user", Payloads.ToJson(Payloads.CsbUser()), Basic(Receiver.Options.WriteKey));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Account_WithoutAuthorization_Returns401()
    {
        using var response = await PostCsbAsync("/api/v1_1/account", Payloads.ToJson(Payloads.CsbAccount()), withAuthorization: false);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Feature_WithoutAuthorization_Returns401()
    {
        using var response = await PostCsbAsync("/api/v1_1/feature", Payloads.ToJson(Payloads.CsbFeature("2026-03-10T12:00:00.000Z")), withAuthorization: false);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(Receiver.Messages);
    }
}
