using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using CsbGenerators.LocalReceiver;

namespace CsbGenerators.Tests.Delivery.Support;

/// <summary>
/// The figures every delivery scenario reports: events sent, distinct events received, duplicates seen by the
/// receiver, and events lost. Events are distinguished by the number in their <c>user_id</c>.
/// </summary>
internal sealed record ScenarioFigures(int Sent, int Received, int Duplicated, int Lost)
{
    public static ScenarioFigures From(int sent, IEnumerable<ReceivedMessage> messages)
    {
        var all = messages.ToList();
        var numbers = all.Where(m => m.Accepted).Select(ReadNumber).ToList();
        var received = numbers.Distinct().Count();
        var duplicated = all.Count(m => m.Duplicate) + (numbers.Count - received);
        return new ScenarioFigures(sent, received, duplicated, sent - received);
    }

    public static long ReadNumber(ReceivedMessage message)
    {
        using var document = JsonDocument.Parse(message.Json);
        var root = document.RootElement;
        var container = root.TryGetProperty("properties", out var properties) ? properties : root;
        var userId = container.GetProperty("user_id").GetString()!;
        return long.Parse(userId.Substring("user-".Length), CultureInfo.InvariantCulture);
    }

    public override string ToString() => $"figures: sent {Sent}, received {Received}, duplicated {Duplicated}, lost {Lost}";
}
