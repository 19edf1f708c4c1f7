using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using CsbGenerators.LocalReceiver;
using CsbGenerators.Tests.Delivery.Support;
using CsbGenerators.Tests.Events;
using Microsoft.Extensions.Time.Testing;
using Xunit;
using Xunit.Abstractions;
using Receiver = CsbGenerators.LocalReceiver.LocalReceiver;

namespace CsbGenerators.Tests.Delivery;

/// <summary>A connection reset after the request body was read loses no event, and the retry carries the same message ids.</summary>
[Collection(ScenarioCollection.Name)]
public class ConnectionResetTests(ITestOutputHelper output)
{
    [Fact]
    public async Task ResetOneInTen_SameMessageIdDelivered()
    {
        const int Events = 300;
        await using var receiver = await Receiver.StartAsync();
        receiver.Faults.SetRepeating(n => n % 10 == 0 ? Fault.ResetAfterBody() : null);
        var time = new FakeTimeProvider();
        await using var client = TestClients.Create(receiver, o => o.MaxBatchMessages = 5, time);
        for (var i = 1; i <= Events; i++)
        {
            await client.SendAsync(NumberedEvent.For(i));
        }

        await ClockPump.RunUntilAsync(time, client, receiver, TimeSpan.FromMilliseconds(500), () => receiver.Messages.Count(m => m.Accepted) >= Events, TimeSpan.FromMinutes(30));

        var figures = ScenarioFigures.From(Events, receiver.Messages);
        output.WriteLine("Scenario 5 " + figures);
        var resets = receiver.Requests.Where(r => r.StatusCode == 0).ToList();
        Assert.True(resets.Count >= Events / 5 / 10, $"expected at least {Events / 5 / 10} resets, saw {resets.Count}");
        Assert.Equal(0, figures.Lost);
        Assert.Equal(0, figures.Duplicated);

        var delivered = receiver.Messages.Where(m => m.Accepted).ToDictionary(ScenarioFigures.ReadNumber, m => m.MessageId);
        foreach (var (number, messageId) in resets.SelectMany(r => ReadItems(r.Body)))
        {
            Assert.Equal(messageId, delivered[number]);
        }
    }

    private static IEnumerable<(long Number, string MessageId)> ReadItems(string body)
    {
        using var document = JsonDocument.Parse(body);
        var items = new List<(long, string)>();
        foreach (var item in document.RootElement.GetProperty("batch").EnumerateArray())
        {
            var userId = item.GetProperty("properties").GetProperty("user_id").GetString()!;
            items.Add((long.Parse(userId.Substring("user-".Length)), item.GetProperty("messageId").GetString()!));
        }

        return items;
    }
}
