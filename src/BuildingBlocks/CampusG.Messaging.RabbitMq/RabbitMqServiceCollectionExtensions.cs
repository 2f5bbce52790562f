using CampusG.Messaging.RabbitMq;
using CampusG.Messaging.Transport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CampusG.Messaging;

public static class RabbitMqServiceCollectionExtensions
{
    /// <summary>
    /// Makes RabbitMQ the process's transport. Call before <c>AddCampusGMessaging</c>, which only adds the
    /// in-process transport when none is registered. The broker is <c>ConnectionStrings:RabbitMq</c>;
    /// settings are in <c>Messaging:RabbitMq</c> (<see cref="RabbitMqTransportOptions"/>).
    /// </summary>
    public static IServiceCollection AddRabbitMqTransport(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<RabbitMqTransportOptions>()
            .Bind(configuration.GetSection(RabbitMqTransportOptions.SectionName))
            .PostConfigure(o => o.ConnectionString ??= configuration.GetConnectionString("RabbitMq"));
        services.AddSingleton<RabbitMqConnection>();
        services.AddSingleton<RabbitMqTransport>();
        services.AddSingleton<IMessageTransport>(sp => sp.GetRequiredService<RabbitMqTransport>());
        // registered before the endpoints and relays, so the host stops it after them
        services.AddHostedService<RabbitMqLifetime>();
        return services;
    }

    /// <summary>Closes the connection on host stop, once the endpoints have let go of their deliveries.</summary>
    private sealed class RabbitMqLifetime(RabbitMqTransport transport, RabbitMqConnection connection) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public async Task StopAsync(CancellationToken cancellationToken)
        {
            await transport.StopAsync();
            await connection.DisposeAsync();
        }
    }
}
