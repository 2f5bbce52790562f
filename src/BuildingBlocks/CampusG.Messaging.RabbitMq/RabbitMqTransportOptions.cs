namespace CampusG.Messaging.RabbitMq;

/// <summary>
/// The broker transport's settings (configuration section <c>Messaging:RabbitMq</c>); the broker's
/// address is the amqp URI in <c>ConnectionStrings:RabbitMq</c>.
/// </summary>
public sealed class RabbitMqTransportOptions
{
    public const string SectionName = "Messaging:RabbitMq";

    /// <summary>amqp://user:password@host:port/vhost, from <c>ConnectionStrings:RabbitMq</c> unless set here.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The durable topic exchange every message is published to, routed by its wire name.</summary>
    public string Exchange { get; set; } = "campusg";

    /// <summary>Put before every endpoint's queue name, e.g. to share one virtual host between environments.</summary>
    public string QueuePrefix { get; set; } = string.Empty;

    /// <summary>Most unacknowledged deliveries per endpoint: the endpoint's batches are drawn from these.</summary>
    public ushort PrefetchCount { get; set; } = 256;

    /// <summary>
    /// Returns of one message to its queue before the broker parks it in the endpoint's <c>.dlq</c>. Only failures
    /// of the transport step count (the endpoint could not commit, e.g. its database is down, or it stopped with the
    /// message unfinished); handler failures are retried and dead-lettered by the endpoint itself. An endpoint that
    /// cannot commit hands a batch back about once a second, so 50 rides out a database outage of a minute or so.
    /// </summary>
    public int DeliveryLimit { get; set; } = 50;

    /// <summary>Longest wait for the broker's confirms of one publish before the outbox tries again.</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Pause between reconnection attempts after the connection is lost.</summary>
    public TimeSpan RecoveryInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How often each subscription checks that its consumer still runs; one stopped for two checks in a row on an open
    /// connection (the broker cancelled it or closed its channel) subscribes again.
    /// </summary>
    public TimeSpan SubscriptionCheckInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The connection's name as the broker shows it (client_provided_name).</summary>
    public string ConnectionName { get; set; } = "campusg";

    internal string DeadLetterExchange => Exchange + ".dead-letters";

    internal string QueueFor(string endpoint) => QueuePrefix + endpoint;

    internal static string DeadLetterQueueFor(string queue) => queue + ".dlq";
}
