using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Wolverine;
using Wolverine.EntityFrameworkCore;
using Wolverine.Postgresql;
using Wolverine.RabbitMQ;
using Wolverine.Sqlite;

namespace CampusG.Bench.Peer;

/// <summary>Where one peer process keeps its state and which part of the saga it runs.</summary>
/// <param name="Role">embedded: <see cref="Roles.All"/>; distributed: one module (the driver's process is <see cref="Roles.Orders"/>).</param>
/// <param name="Database">SQLite file path (embedded) or PostgreSQL connection string (distributed).</param>
/// <param name="QueuePrefix">distributed: the run's RabbitMQ queue names start with this.</param>
public sealed record PeerNode(string Mode, string Role, string Database, string Synchronous = "FULL", string RabbitMq = "", string QueuePrefix = "")
{
    public bool Embedded => Mode == "embedded";
}

public static class Roles
{
    public const string All = "all";
    public const string Orders = "orders";
    public const string Users = "users";
    public const string Payments = "payments";
    public const string Escrow = "escrow";
    public const string Timers = "timers";
    public const string Notifications = "notifications";
    public const string Sagas = "sagas";

    /// <summary>The module processes the driver's process starts in distributed mode (it is Orders itself).</summary>
    public static readonly string[] Modules = [Users, Payments, Escrow, Timers, Notifications, Sagas];

    /// <summary>Each role's message handlers (the driver's process also runs the benchmark's completion observer).</summary>
    public static Type[] Handlers(string role) => role switch
    {
        Orders => [typeof(OrdersHandler), typeof(CompletionObserver)],
        Users => [typeof(UsersHandler)],
        Payments => [typeof(PaymentsHandler)],
        Escrow => [typeof(EscrowHandler)],
        Timers => [typeof(TimersHandler)],
        Notifications => [typeof(NotificationsHandler), typeof(NotificationDispatchHandler)],
        Sagas => [typeof(CreateOrderSaga)],
        // Embedded, the saga stamps the end itself: a second handler of NotificationSent in one process (a "sticky" one on
        // its own local queue) made Wolverine 6.64.2 dead-letter the saga's NotificationSent (NoHandlerForEndpointException).
        All => [.. new[] { Users, Payments, Escrow, Timers, Notifications, Sagas }.SelectMany(Handlers), typeof(OrdersHandler)],
        _ => throw new ArgumentException($"Unknown role '{role}'."),
    };
}

/// <summary>
/// The peer's Wolverine configuration. Durable everywhere, as Wolverine documents it: message storage in the
/// application's database (SQLite or PostgreSQL), EF Core transactional middleware on every handler (its rows, the
/// inbox mark and the outgoing messages in one transaction), the saga stored through EF Core, durable local queues,
/// and distributed: RabbitMQ quorum queues with publisher confirms, durable inbox on every listener and durable outbox
/// on every sender.
/// </summary>
public static class PeerHost
{
    /// <summary>The local queue (embedded) or RabbitMQ queue (distributed) each message goes to: its module's.</summary>
    private static readonly (Type Message, string Queue)[] Routes =
    [
        (typeof(OrderCreated), Roles.Sagas),
        (typeof(RetrievePaymentInfo), Roles.Users),
        (typeof(PaymentInfoRetrieved), Roles.Sagas),
        (typeof(AuthorizePayment), Roles.Payments),
        (typeof(PaymentAuthorized), Roles.Sagas),
        (typeof(HoldFunds), Roles.Escrow),
        (typeof(FundsHeld), Roles.Sagas),
        (typeof(MarkOrderCreated), Roles.Orders),
        (typeof(OrderUpdated), Roles.Sagas),
        (typeof(StartTimer), Roles.Timers),
        (typeof(TimerStarted), Roles.Sagas),
        (typeof(SendNotification), Roles.Notifications),
        (typeof(NotificationSent), Roles.Sagas),
        (typeof(NotificationSent), Observer),
    ];

    /// <summary>Distributed: the benchmark's own queue in the driver's process, which stamps each saga's end; in-memory, it is not the system under test.</summary>
    public const string Observer = "observer";

    /// <summary>Notifications' dispatcher step stays inside its process, on a durable local queue.</summary>
    private const string Dispatch = "notification-dispatch";

    public static IHost Build(PeerNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        builder.UseWolverine(opts =>
        {
            // One node per message database (embedded: the process; distributed: each module process).
            opts.Durability.Mode = DurabilityMode.Solo;
            opts.UseRuntimeCompilation();
            opts.Discovery.DisableConventionalDiscovery();
            foreach (var handler in Roles.Handlers(node.Role))
            {
                opts.Discovery.IncludeType(handler);
            }

            opts.UseEntityFrameworkCoreTransactions();
            opts.Policies.AutoApplyTransactions();
            opts.PublishMessage<DispatchNotification>().ToLocalQueue(Dispatch).UseDurableInbox();
            if (node.Embedded)
            {
                ConfigureEmbedded(opts, node);
            }
            else
            {
                ConfigureDistributed(opts, node);
            }
        });
        return builder.Build();
    }

    /// <summary>The options for creating the schema and for the driver's own reads (no Wolverine in them).</summary>
    public static DbContextOptions<PeerDb> DbOptions(PeerNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var builder = new DbContextOptionsBuilder<PeerDb>();
        Configure(builder, node);
        return builder.Options;
    }

    private static void Configure(DbContextOptionsBuilder builder, PeerNode node)
    {
        if (node.Embedded)
        {
            builder.UseSqlite(node.Database).AddInterceptors(new SqlitePragmas(node.Synchronous));
        }
        else
        {
            builder.UseNpgsql(node.Database);
        }
    }

    private static void ConfigureEmbedded(WolverineOptions opts, PeerNode node)
    {
        opts.PersistMessagesWithSqlite(node.Database);
        opts.Services.AddDbContext<PeerDb>(b => Configure(b, node), optionsLifetime: ServiceLifetime.Singleton);
        foreach (var (message, queue) in Routes.Where(r => r.Queue != Observer))
        {
            opts.Publish(rule => rule.Message(message).ToLocalQueue(queue));
            opts.LocalQueue(queue).UseDurableInbox();
        }
    }

    private static void ConfigureDistributed(WolverineOptions opts, PeerNode node)
    {
        opts.PersistMessagesWithPostgresql(node.Database, "wolverine");
        opts.Services.AddDbContextWithWolverineIntegration<PeerDb>(b => Configure(b, node));
        opts.UseRabbitMq(new Uri(node.RabbitMq))
            .AutoProvision()
            .UseQuorumQueues()
            .DisableSystemRequestReplyQueueDeclaration()
            .ConfigureChannelCreation(o =>
            {
                o.PublisherConfirmationsEnabled = true;
                o.PublisherConfirmationTrackingEnabled = true;
            });
        foreach (var (message, queue) in Routes)
        {
            opts.Publish(rule =>
            {
                var to = rule.Message(message).ToRabbitQueue(node.QueuePrefix + queue);
                _ = queue == Observer ? to.BufferedInMemory() : to.UseDurableOutbox();
            });
        }

        if (node.Role != Roles.All)
        {
            opts.ListenToRabbitQueue(node.QueuePrefix + node.Role).UseDurableInbox();
        }

        if (node.Role == Roles.Orders)
        {
            opts.ListenToRabbitQueue(node.QueuePrefix + Observer).BufferedInMemory();
        }
    }
}
