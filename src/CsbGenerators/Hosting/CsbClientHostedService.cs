using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CsbGenerators.Hosting
{
    /// <summary>
    /// Creates the client when the host starts, so that its settings fail start-up rather than the first send,
    /// refuses a registration that is not a singleton, and flushes on <see cref="StopAsync"/> within the host's
    /// shutdown token. The container disposes the client afterwards, which drains what is left.
    /// </summary>
    internal sealed class CsbClientHostedService : IHostedService
    {
        private readonly IServiceProvider _services;
        private readonly ILogger _logger;
        private CsbClient? _client;

        public CsbClientHostedService(IServiceProvider services, ILogger<CsbClientHostedService>? logger = null)
        {
            _services = services;
            _logger = (ILogger?)logger ?? NullLogger.Instance;
        }

        public Task StartAsync(CancellationToken cancellationToken)
        {
            RequireSingleton();
            _client = _services.GetRequiredService<CsbClient>();
            return Task.CompletedTask;
        }

        public async Task StopAsync(CancellationToken cancellationToken)
        {
            if (_client is null)
            {
                return;
            }

            var result = await _client.FlushAsync(cancellationToken).ConfigureAwait(false);
            HostingLog.FlushedOnStop(_logger, result.ToString());
        }

        /// <summary>
        /// Resolves the client in two scopes one after the other: a singleton is the same object in both. A scoped
        /// or transient registration would start a client, with its own queue and connections, per scope.
        /// </summary>
        private void RequireSingleton()
        {
            object first;
            using (var scope = _services.CreateScope())
            {
                first = scope.ServiceProvider.GetRequiredService<CsbClient>();
            }

            using (var scope = _services.CreateScope())
            {
                if (ReferenceEquals(first, scope.ServiceProvider.GetRequiredService<CsbClient>()))
                {
                    return;
                }
            }

            throw new InvalidOperationException(
                "CsbClient is registered as scoped or transient, so every scope would create a client with its own queue and connections. " +
                "Remove the other CsbClient registration and keep the singleton that AddCustomerSuccessBox adds.");
        }
    }

    internal static partial class HostingLog
    {
        [LoggerMessage(EventId = 40, Level = LogLevel.Information, Message = "CsbGenerators flushed on host stop: {Result}")]
        public static partial void FlushedOnStop(ILogger logger, string result);
    }
}
