using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using CsbGenerators;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace QuickStart;

/// <summary>Sends the four example events over one route and flushes.</summary>
internal static class RouteRun
{
    public const string AccountId = "12345678";
    public const string UserId = "john.doe@company.com";

    /// <summary>
    /// Builds a host whose configuration names the route, endpoint and key, registers the client with
    /// <c>AddCustomerSuccessBox</c>, sends the four events and flushes. The same path runs under the JIT and
    /// as a native AOT binary, so both exercise dependency injection and options binding.
    /// </summary>
    public static async Task<CsbFlushResult> SendExamplesAsync(SampleOutput output, CsbRoute route, Uri endpoint, string key)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["CustomerSuccessBox:Route"] = route.ToString(),
            ["CustomerSuccessBox:Endpoint"] = endpoint.ToString(),
            [route == CsbRoute.SegmentCompatible ? "CustomerSuccessBox:WriteKey" : "CustomerSuccessBox:ApiKey"] = key,

            // The CustomerSuccessBox route sends up to 4 requests at once by default. One at a time keeps the
            // order of the printed requests the same on every run.
            ["CustomerSuccessBox:MaxConcurrentRequests"] = "1",
        });
        builder.Services.AddCustomerSuccessBox(builder.Configuration.GetSection("CustomerSuccessBox"));

        output.WriteLine($"== {route} route: {endpoint}");
        using var host = builder.Build();
        await host.StartAsync();
        var client = host.Services.GetRequiredService<CsbClient>();
        await SendAsync(output, client, "identify", new UserIdentified { AccountId = AccountId, UserId = UserId });
        await SendAsync(output, client, "track", new OrderReceived { AccountId = AccountId, UserId = UserId, Cost = "$120.00" });
        await SendAsync(output, client, "group", new AccountUpdated { AccountId = AccountId, Name = "ABC Group" });
        await SendAsync(output, client, "page", new OrdersPageViewed { AccountId = AccountId, UserId = UserId, Title = "My Orders" });
        var result = await client.FlushAsync();
        await host.StopAsync();
        return result;
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
