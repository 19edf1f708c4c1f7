using System;
using System.Threading.Tasks;
using CsbGenerators;

namespace QuickStart;

/// <summary>Sends the four example events over one route and flushes.</summary>
internal static class RouteRun
{
    public const string AccountId = "12345678";
    public const string UserId = "john.doe@company.com";

    public static async Task<CsbFlushResult> SendExamplesAsync(SampleOutput output, CsbRoute route, Uri endpoint, string key)
    {
        var options = new CsbClientOptions
        {
            Route = route,
            Endpoint = endpoint,
            WriteKey = route == CsbRoute.SegmentCompatible ? key : null,
            ApiKey = route == CsbRoute.CustomerSuccessBox ? key : null,
        };

        output.WriteLine($"== {route} route: {endpoint}");
        await using var client = new CsbClient(options);
        await SendAsync(output, client, "identify", new UserIdentified { AccountId = AccountId, UserId = UserId });
        await SendAsync(output, client, "track", new OrderReceived { AccountId = AccountId, UserId = UserId, Cost = "$120.00" });
        await SendAsync(output, client, "group", new AccountUpdated { AccountId = AccountId, Name = "ABC Group" });
        await SendAsync(output, client, "page", new OrdersPageViewed { AccountId = AccountId, UserId = UserId, Title = "My Orders" });
        return await client.FlushAsync();
    }

    private static async Task SendAsync<TEvent>(SampleOutput output, CsbClient client, string call, TEvent csbEvent)
        where TEvent : ICsbEvent
    {
        try
        {
            await client.SendAsync(csbEvent);
            output.WriteLine($"{call}: enqueued");
        }
        catch (CsbValidationException exception)
        {
            output.WriteLine($"{call}: rejected: {exception.Message}");
        }
    }
}
