using CampusG.Messaging.DeadLetters;
using CampusG.Messaging.Endpoints;
using CampusG.Messaging.Outbox;
using CampusG.Messaging.Telemetry;
using CampusG.Messaging.Transport;
using CampusG.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CampusG.Messaging;

public static class MessagingServiceCollectionExtensions
{
    /// <summary>
    /// The messaging infrastructure of a process: options, the transport (in-process unless a broker
    /// transport was registered first), dead-letter administration, telemetry and the transport health check.
    /// </summary>
    public static IServiceCollection AddCampusGMessaging(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton<FaultInjection>();
        services.AddOptions<MessagingOptions>().Bind(configuration.GetSection(MessagingOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IMessageTransport, InProcessTransport>();
        services.TryAddSingleton<MessagingMetrics>();
        services.TryAddSingleton(sp => new DeadLetterAdmin(sp.GetServices<IDeadLetterQueue>()));
        services.AddHealthChecks().AddCheck<TransportHealthCheck>("transport", tags: ["ready"]);
        return services;
    }

    /// <summary>
    /// A module's endpoint on <typeparamref name="TDbContext"/>: its outbox relay, its inbox and handlers,
    /// and its dead letters. Register the module's DbContext (with the messaging tables) before this.
    /// </summary>
    public static MessageEndpointBuilder AddMessageEndpoint<TDbContext>(this IServiceCollection services, string name)
        where TDbContext : DbContext
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var handlers = new List<HandlerRegistration>();
        services.AddSingleton<OutboxSignal<TDbContext>>();
        services.AddSingleton<OutboxCommitInterceptor<TDbContext>>();
        services.ConfigureDbContext<TDbContext>((sp, options) =>
            options.AddInterceptors(sp.GetRequiredService<OutboxCommitInterceptor<TDbContext>>()));
        services.AddScoped<TransactionAppends<TDbContext>>();
        services.AddScoped(sp => new MessageOutbox<TDbContext>(
            sp.GetRequiredService<TDbContext>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<TransactionAppends<TDbContext>>(),
            sp.GetRequiredService<OutboxSignal<TDbContext>>()));

        services.AddSingleton(sp => new MessageEndpoint<TDbContext>(
            name,
            handlers,
            sp.GetRequiredService<IServiceScopeFactory>(),
            sp.GetRequiredService<IMessageTransport>(),
            sp.GetRequiredService<IOptions<MessagingOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<MessagingMetrics>(),
            sp.GetRequiredService<WriteGate<TDbContext>>(),
            sp.GetRequiredService<ILogger<MessageEndpoint<TDbContext>>>()));
        services.AddSingleton<IDeadLetterQueue>(sp => sp.GetRequiredService<MessageEndpoint<TDbContext>>());
        services.AddHostedService(sp => sp.GetRequiredService<MessageEndpoint<TDbContext>>());
        services.AddHostedService(sp => ActivatorUtilities.CreateInstance<OutboxRelay<TDbContext>>(sp, name));
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<EndpointBacklogReading<TDbContext>>(sp, name));
        services.AddSingleton<IEndpointBacklog>(sp => sp.GetRequiredService<EndpointBacklogReading<TDbContext>>());
        services.AddHostedService(sp => sp.GetRequiredService<EndpointBacklogReading<TDbContext>>());
        return new MessageEndpointBuilder(name, services, handlers);
    }

    private sealed class TransportHealthCheck(IMessageTransport transport) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            await transport.IsHealthyAsync(cancellationToken)
                ? HealthCheckResult.Healthy(transport.Name)
                : HealthCheckResult.Unhealthy($"{transport.Name} is not reachable");
    }
}
