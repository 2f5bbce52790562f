using System.Security.Cryptography;
using System.Text;
using Npgsql;
using RabbitMQ.Client;

namespace CampusG.Testing;

/// <summary>
/// Turns a <see cref="CampusGHostOptions"/> into a distributed CampusG: the host becomes the launcher and gateway,
/// each module runs in its own process on PostgreSQL, RabbitMQ and Redis started by the test script. The
/// databases, exchange and queues are this deployment's own (named after its data directory, so a second host
/// on the same directory finds them), so deployments run side by side.
/// </summary>
public static class DistributedDeployment
{
    /// <summary>Set to <c>Distributed</c> to run the end-to-end suite against distributed deployments.</summary>
    public const string ModeVariable = "CAMPUSG_TEST_MODE";

    public static readonly IReadOnlyList<string> Modules = ["Users", "Orders", "Payments", "Escrow", "Timers", "Notifications", "Sagas", "Tracking", "Restaurants", "Inventory", "Riders", "Receipts"];

    /// <summary>Makes the deployments' signing keys unguessable from their ids.</summary>
    private static readonly byte[] RunSecret = RandomNumberGenerator.GetBytes(32);

    public static bool Requested =>
        string.Equals(Environment.GetEnvironmentVariable(ModeVariable), "Distributed", StringComparison.OrdinalIgnoreCase);

    public static string PostgreSql =>
        Environment.GetEnvironmentVariable("CAMPUSG_TEST_POSTGRES") ?? "Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres";

    public static string RabbitMq => Environment.GetEnvironmentVariable("CAMPUSG_TEST_RABBITMQ") ?? "amqp://guest:guest@127.0.0.1:5672/";

    public static string Redis => Environment.GetEnvironmentVariable("CAMPUSG_TEST_REDIS") ?? "127.0.0.1:6379";

    /// <summary>The S3-compatible server of scripts/servers/s3.sh (s3rver), where receipts are stored in distributed mode.</summary>
    public static string S3 => Environment.GetEnvironmentVariable("CAMPUSG_TEST_S3") ?? "http://127.0.0.1:4569";

    public static void Apply(CampusGHostOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Configuration.TryGetValue("CampusG:Mode", out var mode) && mode == "Distributed")
        {
            return;
        }

        var id = options.DataDirectory is null ? Guid.NewGuid().ToString("N")[..12] : Id(options.DataDirectory);
        var settings = options.Configuration;
        settings["CampusG:Mode"] = "Distributed";
        settings["Launcher:BasePort"] = "0";
        foreach (var module in Modules)
        {
            settings[$"ConnectionStrings:{module}"] = new NpgsqlConnectionStringBuilder(PostgreSql) { Database = Database(id, module) }.ConnectionString;
        }

        settings["ConnectionStrings:RabbitMq"] = RabbitMq;
        settings["Messaging:RabbitMq:Exchange"] = $"campusg-{id}";
        settings["Messaging:RabbitMq:QueuePrefix"] = $"{id}.";
        settings["ConnectionStrings:Redis"] = Redis;
        settings["Orders:ReadCache:KeyPrefix"] = $"{id}:";
        settings["Inventory:Cache:KeyPrefix"] = $"{id}:";
        settings["Receipts:Store"] = "S3";
        settings["Receipts:S3:ServiceUrl"] = S3;
        settings["Receipts:S3:Bucket"] = $"receipts-{id}";
        settings["Receipts:S3:AccessKey"] = "S3RVER";
        settings["Receipts:S3:SecretKey"] = "S3RVER";
        settings["Receipts:S3:ForcePathStyle"] = "true";
        // The processes share a key from configuration, as in production; one per deployment id, so a second
        // launcher on the same data directory (a restart) still accepts the first one's tokens.
        settings.TryAdd("Auth:SigningKey", Convert.ToBase64String(HMACSHA256.HashData(RunSecret, Encoding.UTF8.GetBytes(id))));
        options.WaitUntilReady = true;
        if (options.DataDirectory is null)
        {
            options.AfterStop = () => RemoveDeploymentAsync(id);
        }
    }

    /// <summary>
    /// Drops what deployments on <paramref name="dataDirectory"/> created (their databases, exchanges and queues);
    /// a deployment without a data directory of its own removes itself when it stops.
    /// </summary>
    public static Task RemoveAsync(string dataDirectory) => RemoveDeploymentAsync(Id(dataDirectory));

    private static async Task RemoveDeploymentAsync(string id)
    {
        await DropDatabasesAsync(id);
        await DeleteBrokerObjectsAsync(id);
    }

    private static string Database(string id, string module) => $"cg_{id}_{module.ToLowerInvariant()}";

    private static async Task DropDatabasesAsync(string id)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgreSql) { Database = "postgres" }.ConnectionString);
        await connection.OpenAsync();
        foreach (var module in Modules)
        {
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Database(id, module)}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }

    /// <summary>
    /// Each deployment's queues are quorum queues that keep files open in the broker; left behind, hundreds of
    /// them pile up over a test run, so they go with the deployment.
    /// </summary>
    private static async Task DeleteBrokerObjectsAsync(string id)
    {
        await using var connection = await new ConnectionFactory { Uri = new Uri(RabbitMq) }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        foreach (var module in Modules)
        {
            var queue = $"{id}.{module.ToLowerInvariant()}";
            await channel.QueueDeleteAsync(queue, ifUnused: false, ifEmpty: false);
            await channel.QueueDeleteAsync(queue + ".dlq", ifUnused: false, ifEmpty: false);
        }

        await channel.ExchangeDeleteAsync($"campusg-{id}", ifUnused: false);
        await channel.ExchangeDeleteAsync($"campusg-{id}.dead-letters", ifUnused: false);
    }

    private static string Id(string dataDirectory) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(dataDirectory))))[..12];
}
