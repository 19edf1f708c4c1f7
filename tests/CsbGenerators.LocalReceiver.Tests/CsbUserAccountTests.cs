using System.Net;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Xunit;

namespace CsbGenerators.LocalReceiver.Tests;

/// <summary>/user and /account return 400 for a body that fails a rule, and record it rejected.</summary>
public sealed class CsbUserAccountTests : ReceiverTestBase
{
    [Fact]
    public async Task User_WithValidBody_AcceptsMessage()
    {
        string body = Payloads.ToJson(Payloads.CsbUser());

        using var response = await PostCsbAsync("/api/v1_1/user", body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("{\"success\":true}", await response.Content.ReadAsStringAsync());
        ReceivedMessage message = SingleMessage();
        Assert.True(message.Accepted, message.RejectionReason);
        Assert.Equal("csb", message.Route);
        Assert.Equal("/api/v1_1/user", message.Path);
        Assert.Equal("user", message.Type);
        Assert.Null(message.MessageId);
        Assert.Equal(body, message.Json);
    }

    [Fact]
    public async Task Account_WithValidBody_AcceptsMessage()
    {
        using var response = await PostCsbAsync("/api/v1_1/account", Payloads.ToJson(Payloads.CsbAccount()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        ReceivedMessage message = SingleMessage();
        Assert.True(message.Accepted, message.RejectionReason);
        Assert.Equal("account", message.Type);
    }

    [Fact]
    public async Task User_WithEmptyBody_Returns400()
    {
        using var response = await PostCsbAsync("/api/v1_1/user", string.Empty);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("request body is empty", await ReadErrorAsync(response));
    }

    [Fact]
    public async Task User_WithInvalidJson_Returns400()
    {
        using var response = await PostCsbAsync("/api/v1_1/user", "{\"account_id\":");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("request body is not valid JSON", await ReadErrorAsync(response));
        Assert.False(SingleMessage().Accepted);
    }

    [Fact]
    public async Task User_WithJsonArray_Returns400()
    {
        using var response = await PostCsbAsync("/api/v1_1/user", "[{\"account_id\":\"a\",\"user_id\":\"u\"}]");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("request body must be a JSON object", await ReadErrorAsync(response));
    }

    [Fact]
    public async Task Account_WithInvalidJson_Returns400()
    {
        using var response = await PostCsbAsync("/api/v1_1/account", "not json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task User_WithoutAccountId_Returns400()
    {
        JsonObject body = Payloads.CsbUser();
        body.Remove("account_id");

        using var response = await PostCsbAsync("/api/v1_1/user", Payloads.ToJson(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("account_id must be a non-blank string", await ReadErrorAsync(response));
        Assert.Equal("account_id must be a non-blank string", SingleMessage().RejectionReason);
    }

    [Fact]
    public async Task User_WithoutUserId_Returns400()
    {
        JsonObject body = Payloads.CsbUser();
        body.Remove("user_id");

        using var response = await PostCsbAsync("/api/v1_1/user", Payloads.ToJson(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("user_id must be a non-blank string", await ReadErrorAsync(response));
    }

    [Fact]
    public async Task User_WithNumericUserId_Returns400()
    {
        JsonObject body = Payloads.CsbUser();
        body["user_id"] = 7;

        using var response = await PostCsbAsync("/api/v1_1/user", Payloads.ToJson(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task User_WithBlankAccountId_Returns400()
    {
        JsonObject body = Payloads.CsbUser();
        body["account_id"] = "";

        using var response = await PostCsbAsync("/api/v1_1/user", Payloads.ToJson(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Account_WithoutAccountId_Returns400()
    {
        JsonObject body = Payloads.CsbAccount();
        body.Remove("account_id");

        using var response = await PostCsbAsync("/api/v1_1/account", Payloads.ToJson(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("account_id must be a non-blank string", await ReadErrorAsync(response));
    }

    [Fact]
    public async Task Account_WithoutUserId_AcceptsMessage()
    {
        JsonObject body = Payloads.CsbAccount();

        using var response = await PostCsbAsync("/api/v1_1/account", Payloads.ToJson(body));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
