using CampusG.Testing;

namespace CampusG.EndToEnd.Tests.Support;

/// <summary>
/// One CampusG shared by a test class: embedded (every module in one process, SQLite, in-process bus) by default;
/// with <c>CAMPUSG_TEST_MODE=Distributed</c> a distributed deployment (a process per module, PostgreSQL, RabbitMQ,
/// Redis) behind its gateway. The tests are the same in both modes: they only speak HTTP. With
/// <c>CAMPUSG_TEST_BASE_URL</c> set it is that running deployment instead (the container stack of
/// scripts/container-test.sh, whose operator is <see cref="AdminEmail"/>), for the tests marked
/// <c>[Trait(Deployment, Containers)]</c>.
/// </summary>
public sealed class TestCampus : IAsyncLifetime
{
    public const string AdminEmail = "ops@campus.test";

    /// <summary>The trait of the tests that also run against a deployed campus: <c>--filter Deployment=Containers</c>.</summary>
    public const string Deployment = "Deployment";

    public const string Containers = "Containers";

    /// <summary>Where the campus's e-mails say it is: a receipt link in a mail starts with it, the rest is the API's path.</summary>
    public static Uri PublicBaseUrl { get; } = new("https://campusg.campus.test/");

    public ICampusG Host { get; private set; } = null!;

    /// <summary>The SMS provider this campus's Notifications posts to (the shared campus's; others have none, nor has a deployed campus).</summary>
    public SmsProviderStandIn Sms { get; private set; } = null!;

    /// <summary>The order pipeline in one process, the people-facing modules in another, the restaurant side in a third.</summary>
    public const string CompactLayout = "Orders,Sagas,Payments,Escrow,Timers;Users,Notifications,Tracking,Receipts;Restaurants,Inventory,Riders";

    /// <summary>
    /// Starts a CampusG with the suite's settings, then <paramref name="configure"/>'s. Distributed, it runs the
    /// compact layout (<see cref="CompactLayout"/>: three module processes, which start in about half the time of
    /// twelve on a small machine) unless <paramref name="processPerModule"/>; the shared campus, which most tests use,
    /// runs a process per module, so the suite covers both layouts.
    /// </summary>
    public static Task<CampusGHost> StartAsync(Action<CampusGHostOptions>? configure = null, string? dataDirectory = null, bool processPerModule = false)
    {
        var options = new CampusGHostOptions { DataDirectory = dataDirectory };
        // Fast gateway retries so exhausted retries end in seconds.
        options.Configuration["Payments:RetrySchedule"] = "00:00:00.050,00:00:00.100,00:00:00.150";
        options.Configuration["CampusG:AdminEmail"] = AdminEmail;
        // Every test user signs up from 127.0.0.1: the per-address limit is a campus network's, not a test suite's.
        options.Configuration["RateLimits:SignUpsPerAddress"] = "100000";
        // E-mail goes to the smtp4dev of scripts/servers/smtp4dev.sh; retried fast; a confirmation waits 10 s for its receipt link.
        options.Configuration["Notifications:Email:Host"] = Smtp4devMailbox.SmtpHost;
        options.Configuration["Notifications:Email:Port"] = Smtp4devMailbox.SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        options.Configuration["Notifications:Email:PublicBaseUrl"] = PublicBaseUrl.ToString();
        options.Configuration["Notifications:Channels:RetrySchedule"] = "100ms,200ms,400ms";
        options.Configuration["Notifications:Channels:ReceiptWait"] = "00:00:10";
        configure?.Invoke(options);
        if (DistributedDeployment.Requested)
        {
            DistributedDeployment.Apply(options);
        }

        if (!processPerModule && options.Configuration.TryGetValue("CampusG:Mode", out var mode) && mode == "Distributed")
        {
            options.Configuration.TryAdd("Launcher:Groups", CompactLayout);
        }

        return CampusGHost.StartAsync(options);
    }

    public async Task InitializeAsync()
    {
        if (DeployedCampusG.FromEnvironment() is { } deployed)
        {
            Host = deployed;
            return;
        }

        Sms = await SmsProviderStandIn.StartAsync();
        Host = await StartAsync(
            options =>
            {
                options.Configuration["Notifications:Sms:WebhookUrl"] = Sms.Url.ToString();
                options.Configuration["Notifications:Sms:Secret"] = Sms.Secret;
                options.Configuration["Notifications:Sms:Timeout"] = "00:00:01";
            },
            processPerModule: true);
    }

    public async Task DisposeAsync()
    {
        // Either is null when the start failed.
        if (Host is not null)
        {
            await Host.DisposeAsync();
        }

        if (Sms is not null)
        {
            await Sms.DisposeAsync();
        }
    }
}

/// <summary>
/// The test classes that need nothing but the suite's settings share one CampusG: in distributed mode a deployment
/// costs thirteen processes' start-up (a process per module and the gateway), and they isolate themselves by signing up their own users.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SharedCampus : ICollectionFixture<TestCampus>
{
    public const string Name = "shared campus";
}
