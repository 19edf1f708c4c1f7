using System;
using System.Threading.Tasks;
using CsbGenerators;

namespace QuickStart;

/// <summary>Sends the four example events over one route and flushes.</summary>
internal static class RouteRun
{
    public const string AccountId = "12345678";
    public const string UserId = "john.doe@company.com";

    public static async Task<CsbFlushResult> SendExamplesAsync(CsbRoute route, Uri endpoint, string key)
    {
        var options = new CsbClientOptions
        {
            Route = route,
            Endpoint = endpoint,
            WriteKey = route == CsbRoute.SegmentCompatible ? key : null,
            ApiKey = route == CsbRoute.CustomerSuccessBox ? key : null,
        };

        Console.WriteLine($"== {route} route: {endpoint}");
        await using var client = new CsbClient(options);
        await SendAsync(client, "identify", new UserIdentified { AccountId = AccountId, UserId = UserId });
        await SendAsync(client, "track", new OrderReceived { AccountId = AccountId, UserId = UserId, Cost = "$120.00" });
        await SendAsync(client, "group", new AccountUpdated { AccountId = AccountId, Name = "ABC Group" });
        await SendAsync(client, "page", new OrdersPageViewed { AccountId = AccountId, UserId = UserId, Title = "My Orders" });
        return await client.FlushAsync();
    }

    private static async Task SendAsync<TEvent>(CsbClient client, string call, TEvent csbEvent)
        where TEvent : ICsbEvent
    {
        try
        {
            await client.SendAsync(csbEvent);
            Console.WriteLine($"{call}: enqueued");
        }
        catch (CsbValidationException exception)
        {
            Console.WriteLine($"{call}: rejected: {exception.Message}");
        }
    }
}
