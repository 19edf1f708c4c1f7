using System;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CsbGenerators.LocalReceiver;

/// <summary>
/// Builds the Kestrel host. It starts from an empty builder, so no environment variable,
/// appsettings file or URL setting changes what it binds to: 127.0.0.1 on the configured port only.
/// </summary>
internal static class ReceiverHost
{
    public static WebApplication Build(
        LocalReceiverOptions options,
        FaultScript faults,
        ReceiverRecorder recorder,
        ConnectionCounter connections,
        Action<ILoggingBuilder> configureLogging)
    {
        WebApplicationBuilder builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(ReceiverHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });

        builder.WebHost.UseKestrelCore();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, options.Port, connections.Attach);
        });

        builder.Logging.ClearProviders();
        configureLogging(builder.Logging);

        // The caller stops the receiver by disposing it; the host does not listen for Ctrl+C itself.
        builder.Services.AddSingleton<IHostLifetime, CallerOwnedLifetime>();
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(faults);
        builder.Services.AddSingleton(recorder);
        builder.Services.AddSingleton<RequestPipeline>();

        WebApplication app = builder.Build();
        RequestPipeline pipeline = app.Services.GetRequiredService<RequestPipeline>();
        app.Run(pipeline.HandleAsync);
        return app;
    }

    /// <summary>A host lifetime that leaves starting and stopping to the owner of the <see cref="LocalReceiver"/>.</summary>
    private sealed class CallerOwnedLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
