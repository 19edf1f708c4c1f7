using System;
using System.Collections.Generic;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CsbGenerators.Tests.Hosting;

/// <summary>Builds real generic hosts whose configuration comes from an in-memory dictionary.</summary>
internal static class HostingTestHost
{
    public static IHost Build(IDictionary<string, string?> settings, Action<IServiceCollection>? configureServices = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        builder.Services.AddCustomerSuccessBox(builder.Configuration.GetSection("CustomerSuccessBox"));
        configureServices?.Invoke(builder.Services);
        return builder.Build();
    }

    public static Dictionary<string, string?> Settings(Uri endpoint) => new()
    {
        ["CustomerSuccessBox:Route"] = "SegmentCompatible",
        ["CustomerSuccessBox:Endpoint"] = endpoint.ToString(),
        ["CustomerSuccessBox:WriteKey"] = "local-write-key",
    };
}
