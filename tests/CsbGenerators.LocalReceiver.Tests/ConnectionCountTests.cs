using System.Net.Http;
using System.Threading.Tasks;
using Xunit;

namespace CsbGenerators.LocalReceiver.Tests;

public sealed class ConnectionCountTests : ReceiverTestBase
{
    [Fact]
    public void ConnectionCount_BeforeAnyRequest_IsZero()
    {
        Assert.Equal(0, Receiver.ConnectionCount);
    }

    [Fact]
    public async Task ConnectionCount_KeepAliveClient_CountsOne()
    {
        for (int i = 0; i < 3; i++)
        {
            using var response = await PostBatchAsync(Payloads.Track());
        }

        Assert.Equal(1, Receiver.ConnectionCount);
    }

    [Fact]
    public async Task ConnectionCount_SeparateClients_CountsEach()
    {
        for (int i = 0; i < 3; i++)
        {
            using HttpClient client = CreateClient();
            using var response = await client.GetAsync("/");
        }

        Assert.Equal(3, Receiver.ConnectionCount);
    }

    [Fact]
    public async Task ConnectionCount_ConnectionClose_CountsEachRequest()
    {
        for (int i = 0; i < 3; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/");
            request.Headers.ConnectionClose = true;
            using var response = await Client.SendAsync(request);
        }

        Assert.Equal(3, Receiver.ConnectionCount);
    }

    [Fact]
    public async Task Clear_KeepsConnectionCount()
    {
        using var response = await PostBatchAsync(Payloads.Track());

        Receiver.Clear();

        Assert.Equal(1, Receiver.ConnectionCount);
    }
}
