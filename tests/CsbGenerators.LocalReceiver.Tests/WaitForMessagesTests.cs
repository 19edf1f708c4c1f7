using System;
using System.Threading;
using System.Threading.Tasks;
using System.Text.Json.Nodes;
using Xunit;

namespace CsbGenerators.LocalReceiver.Tests;

public sealed class WaitForMessagesTests : ReceiverTestBase
{
    [Fact]
    public async Task WaitForMessages_AlreadyReached_Completes()
    {
        using var response = await PostBatchAsync(Payloads.Track(), Payloads.Identify());

        Task wait = Receiver.WaitForMessagesAsync(2, TimeSpan.FromSeconds(5));

        await wait;
        Assert.True(wait.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task WaitForMessages_LaterArrival_Completes()
    {
        Task wait = Receiver.WaitForMessagesAsync(1, TimeSpan.FromSeconds(10));
        Assert.False(wait.IsCompleted);

        using var response = await PostBatchAsync(Payloads.Track());

        await wait;
        Assert.True(wait.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task WaitForMessages_Timeout_NamesCounts()
    {
        JsonObject rejected = Payloads.Track();
        rejected.Remove("event");
        using var response = await PostBatchAsync(Payloads.Track(), rejected);

        var exception = await Assert.ThrowsAsync<TimeoutException>(() => Receiver.WaitForMessagesAsync(3, TimeSpan.FromMilliseconds(200)));

        Assert.Equal(
            "Timed out after 0.2 s waiting for 3 accepted messages, but 1 were accepted and 1 rejected. "
            + "Rejection reasons: event must be a non-blank string in a track call",
            exception.Message);
    }

    [Fact]
    public async Task WaitForMessages_NothingReceived_NamesZero()
    {
        var exception = await Assert.ThrowsAsync<TimeoutException>(() => Receiver.WaitForMessagesAsync(1, TimeSpan.FromMilliseconds(100)));

        Assert.Equal("Timed out after 0.1 s waiting for 1 accepted messages, but 0 were accepted and 0 rejected.", exception.Message);
    }

    [Fact]
    public async Task WaitForMessages_DuplicatesAreNotCounted()
    {
        JsonObject message = Payloads.Track();
        using var response = await PostBatchAsync(message, message);

        await Assert.ThrowsAsync<TimeoutException>(() => Receiver.WaitForMessagesAsync(2, TimeSpan.FromMilliseconds(100)));
    }

    [Fact]
    public async Task WaitForMessages_Cancelled_ThrowsOperationCanceled()
    {
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Receiver.WaitForMessagesAsync(1, TimeSpan.FromSeconds(30), cancellation.Token));
    }

    [Fact]
    public async Task WaitForMessages_AfterClear_CountsFromZero()
    {
        using var first = await PostBatchAsync(Payloads.Track());
        Receiver.Clear();

        await Assert.ThrowsAsync<TimeoutException>(() => Receiver.WaitForMessagesAsync(1, TimeSpan.FromMilliseconds(100)));
    }

    [Fact]
    public async Task WaitForMessages_NegativeCount_Throws()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Receiver.WaitForMessagesAsync(-1, TimeSpan.FromSeconds(1)));
    }
}
