using System;
using System.Diagnostics.Metrics;
using System.Net.Http;
using CsbGenerators;
using CsbGenerators.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection
{
    /// <summary>Registers <see cref="CsbClient"/> with dependency injection.</summary>
    public static class CsbServiceCollectionExtensions
    {
        /// <summary>
        /// The name of the <see cref="HttpClient"/> the client takes from <c>IHttpClientFactory</c>. Configure it with
        /// <c>services.AddHttpClient(CsbServiceCollectionExtensions.HttpClientName)</c>, for example for a proxy.
        /// </summary>
        public const string HttpClientName = "CsbGenerators";

        /// <summary>
        /// Registers <see cref="CsbClient"/> as a singleton, with options bound from <paramref name="configuration"/>
        /// (such as <c>builder.Configuration.GetSection("CustomerSuccessBox")</c>) and validated when the host starts,
        /// an <see cref="HttpClient"/> from <c>IHttpClientFactory</c>, and a hosted service that flushes on shutdown.
        /// </summary>
        /// <param name="services">The service collection.</param>
        /// <param name="configuration">The section whose keys are <see cref="CsbClientOptions"/> property names.</param>
        /// <param name="configure">Applied after the binding, for settings that configuration cannot carry.</param>
        public static IServiceCollection AddCustomerSuccessBox(this IServiceCollection services, IConfiguration configuration, Action<CsbClientOptions>? configure = null)
        {
            if (configuration is null)
            {
                throw new ArgumentNullException(nameof(configuration));
            }

            var path = configuration is IConfigurationSection section ? section.Path : null;
            return AddCore(services, path, options =>
            {
                CsbOptionsBinder.Bind(configuration, options);
                configure?.Invoke(options);
            });
        }

        /// <summary>
        /// Registers <see cref="CsbClient"/> as a singleton with options set by <paramref name="configure"/> and
        /// validated when the host starts, an <see cref="HttpClient"/> from <c>IHttpClientFactory</c>, and a hosted
        /// service that flushes on shutdown.
        /// </summary>
        public static IServiceCollection AddCustomerSuccessBox(this IServiceCollection services, Action<CsbClientOptions> configure)
        {
            if (configure is null)
            {
                throw new ArgumentNullException(nameof(configure));
            }

            return AddCore(services, configurationPath: null, configure);
        }

        private static IServiceCollection AddCore(IServiceCollection services, string? configurationPath, Action<CsbClientOptions> configure)
        {
            if (services is null)
            {
                throw new ArgumentNullException(nameof(services));
            }

            services.AddOptions<CsbClientOptions>().Configure(configure).ValidateOnStart();
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CsbClientOptions>>(new CsbClientOptionsValidator(configurationPath)));

            // The factory pools and rotates handlers, so DNS changes are seen; the key is set per request, never on
            // the client's default headers.
            services.AddHttpClient(HttpClientName, client => client.Timeout = System.Threading.Timeout.InfiniteTimeSpan);
            services.TryAddSingleton(CreateClient);
            services.AddHostedService<CsbClientHostedService>();
            return services;
        }

        private static CsbClient CreateClient(IServiceProvider provider)
        {
            var options = provider.GetRequiredService<IOptions<CsbClientOptions>>().Value;
            var factory = provider.GetRequiredService<IHttpClientFactory>();
            return new CsbClient(
                options,
                () => factory.CreateClient(HttpClientName),
                provider.GetService<ILoggerFactory>(),
                provider.GetService<TimeProvider>(),
                provider.GetService<IMeterFactory>());
        }
    }
}
