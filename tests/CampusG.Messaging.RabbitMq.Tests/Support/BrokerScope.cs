using Microsoft.Extensions.Configuration;
using RabbitMQ.Client;

namespace CampusG.Messaging.RabbitMq.Tests.Support;

/// <summary>
/// One test's corner of the shared broker: its own exchange, queue names and connection name, all
/// starting with a unique prefix so tests run in parallel, and deleted again afterwards.
/// </summary>
public sealed class BrokerScope
{
    public static string ConnectionString =>
        Environment.GetEnvironmentVariable("CAMPUSG_TEST_RABBITMQ") is { Length: > 0 } configured
            ? configured
            : "amqp://guest:guest@127.0.0.1:5672/";

    public string Prefix { get; } = $"test-{Guid.NewGuid():N}"[..17] + ".";

    public string Exchange => Prefix + "campusg";

    public string ConnectionName => Prefix + "connection";

    public IConfiguration Configuration(IDictionary<string, string?>? settings = null) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:RabbitMq"] = ConnectionString,
                ["Messaging:RabbitMq:Exchange"] = Exchange,
                ["Messaging:RabbitMq:ConnectionName"] = ConnectionName,
                ["Messaging:RabbitMq:RecoveryInterval"] = "00:00:00.250",
            })
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();

    public async Task<IConnection> ConnectAsync() =>
        await new ConnectionFactory { Uri = new Uri(ConnectionString) }.CreateConnectionAsync();

    /// <summary>Deletes the queues (and their .dlq) of <paramref name="queues"/> and the test's exchanges.</summary>
    public async Task DeleteAsync(params string[] queues)
    {
        await using var connection = await ConnectAsync();
        await using var channel = await connection.CreateChannelAsync();
        foreach (var queue in queues)
        {
            await channel.QueueDeleteAsync(queue, ifUnused: false, ifEmpty: false);
            await channel.QueueDeleteAsync(queue + ".dlq", ifUnused: false, ifEmpty: false);
        }

        await channel.ExchangeDeleteAsync(Exchange, ifUnused: false);
        await channel.ExchangeDeleteAsync(Exchange + ".dead-letters", ifUnused: false);
    }
}
