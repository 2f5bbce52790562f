using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using CampusG.Bench.Measurement;
using Npgsql;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using StackExchange.Redis;

namespace CampusG.Bench.Saga;

/// <summary>
/// Distributed mode: the real launcher (<c>CampusG.Host</c> with <c>CampusG:Mode=Distributed</c>) as a child
/// process, which starts one process per module and is the YARP gateway at the public address. Everything it
/// creates is this run's own (databases <c>cgb_{id}_{module}</c>, exchange, queue prefix, Redis key prefix) and is
/// deleted when the run ends.
/// </summary>
internal sealed class DistributedSagaDeployment : ISagaDeployment
{
    public const string CampusGGroup = "campusg (launcher + module processes)";
    public const string DriverGroup = "bench driver (this process)";
    public const string PostgresGroup = "postgresql (all server processes)";
    public const string RabbitGroup = "rabbitmq (beam.smp)";

    private static readonly string[] Modules = ["Users", "Orders", "Payments", "Escrow", "Timers", "Notifications", "Sagas", "Tracking", "Restaurants", "Inventory", "Riders", "Receipts"];

    private readonly string _id;
    private readonly string _dataDirectory;
    private readonly Process _launcher;
    private IConnection? _broker;
    private IChannel? _observer;

    private DistributedSagaDeployment(string id, string dataDirectory, Process launcher, Uri baseAddress)
    {
        _id = id;
        _dataDirectory = dataDirectory;
        _launcher = launcher;
        BaseAddress = baseAddress;
    }

    public static string PostgreSql => Environment.GetEnvironmentVariable("CAMPUSG_BENCH_POSTGRES") ?? "Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres";

    public static string RabbitMq => Environment.GetEnvironmentVariable("CAMPUSG_BENCH_RABBITMQ") ?? "amqp://guest:guest@127.0.0.1:5672/";

    public static string Redis => Environment.GetEnvironmentVariable("CAMPUSG_BENCH_REDIS") ?? "127.0.0.1:6379";

    public string Description => $"distributed, launcher pid {_launcher.Id} + {Modules.Length} module processes, PostgreSQL databases cgb_{_id}_*, " +
        $"RabbitMQ exchange {Exchange}, queues {QueuePrefix}*, Redis keys {RedisPrefix}*";

    public Uri BaseAddress { get; }

    public IServiceProvider? Services => null;

    /// <summary>Keep the launcher's and modules' logs (a run that stalled): they are moved to a directory that is named on the console.</summary>
    public bool KeepLogs { get; set; }

    private string Exchange => $"campusg-bench-{_id}";

    private string QueuePrefix => $"bench-{_id}.";

    private string RedisPrefix => $"bench-{_id}:";

    public static async Task<DistributedSagaDeployment> StartAsync(SagaOptions options, CancellationToken cancellationToken)
    {
        var id = Guid.NewGuid().ToString("N")[..10];
        var dataDirectory = Directory.CreateTempSubdirectory("campusg-saga-bench-").FullName;
        var port = FreePort();
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(HostAssembly());
        start.ArgumentList.Add($"--urls=http://127.0.0.1:{port}");
        var settings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["CampusG:Mode"] = "Distributed",
            ["CampusG:DataDirectory"] = dataDirectory,
            // Every benchmark customer signs up from this one address.
            ["RateLimits:SignUpsPerAddress"] = "1000000",
            ["Launcher:BasePort"] = "0",
            ["ConnectionStrings:RabbitMq"] = RabbitMq,
            ["ConnectionStrings:Redis"] = Redis,
            ["Messaging:RabbitMq:Exchange"] = $"campusg-bench-{id}",
            ["Messaging:RabbitMq:QueuePrefix"] = $"bench-{id}.",
            ["Orders:ReadCache:KeyPrefix"] = $"bench-{id}:",
            ["Inventory:Cache:KeyPrefix"] = $"bench-{id}:",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var module in Modules)
        {
            settings[$"ConnectionStrings:{module}"] = new NpgsqlConnectionStringBuilder(PostgreSql) { Database = Database(id, module) }.ConnectionString;
        }

        foreach (var (key, value) in options.Settings)
        {
            settings[key] = value;
        }

        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var log = new StreamWriter(Path.Combine(dataDirectory, "launcher.log")) { AutoFlush = true };
        var launcher = new Process { StartInfo = start };
        launcher.OutputDataReceived += (_, line) => Write(log, line.Data);
        launcher.ErrorDataReceived += (_, line) => Write(log, line.Data);
        launcher.Start();
        launcher.BeginOutputReadLine();
        launcher.BeginErrorReadLine();
        var deployment = new DistributedSagaDeployment(id, dataDirectory, launcher, new Uri($"http://127.0.0.1:{port}"));
        try
        {
            await deployment.WaitUntilReadyAsync(TimeSpan.FromMinutes(5), cancellationToken);
            return deployment;
        }
        catch
        {
            await deployment.DisposeAsync();
            throw;
        }
    }

    public async Task ObserveAsync(TrackerReceiver receiver, CancellationToken cancellationToken)
    {
        _broker = await new ConnectionFactory { Uri = new Uri(RabbitMq), ClientProvidedName = $"campusg-bench-observer-{_id}" }.CreateConnectionAsync(cancellationToken);
        _observer = await _broker.CreateChannelAsync(cancellationToken: cancellationToken);
        // The observer's own queue: transient and exclusive, gone with its connection. Auto-ack is fine here: it only
        // timestamps what the deployment published and is not part of the system under test.
        var queue = (await _observer.QueueDeclareAsync($"{QueuePrefix}bench-observer", durable: false, exclusive: true, autoDelete: true,
            cancellationToken: cancellationToken)).QueueName;
        foreach (var type in SagaTracker.ObservedTypes)
        {
            await _observer.QueueBindAsync(queue, Exchange, type, cancellationToken: cancellationToken);
        }

        var consumer = new AsyncEventingBasicConsumer(_observer);
        consumer.ReceivedAsync += (_, delivery) =>
        {
            receiver.Record(delivery.BasicProperties.Type ?? delivery.RoutingKey, delivery.BasicProperties.CorrelationId ?? "", delivery.Body.Span);
            return Task.CompletedTask;
        };
        await _observer.BasicConsumeAsync(queue, autoAck: true, consumer, cancellationToken);
    }

    public ResourceSample Sample()
    {
        var all = ProcFs.All();
        return new ResourceSample(
            new Dictionary<string, CpuSnapshot>
            {
                [CampusGGroup] = CpuSnapshot.Of(ProcFs.Tree(all, _launcher.Id)),
                [DriverGroup] = CpuSnapshot.Of(all.Where(p => p.Pid == Environment.ProcessId)),
                [PostgresGroup] = CpuSnapshot.OfServer(all.Where(p => p.Name == "postgres")),
                [RabbitGroup] = CpuSnapshot.Of(all.Where(p => p.Name is "beam.smp" or "erl_child_setup")),
            },
            MachineLoad.Take());
    }

    public (long Sum, long Largest) PeakMemory()
    {
        var peaks = ProcFs.Tree(ProcFs.All(), _launcher.Id).Select(p => ProcFs.PeakResidentBytes(p.Pid)).ToList();
        return (peaks.Sum(), peaks.DefaultIfEmpty().Max());
    }

    /// <summary>xact_commit per module database (PostgreSQL counts read-only transactions too), and the cluster's WAL syncs.</summary>
    public async Task<IReadOnlyDictionary<string, long>> CommitsAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgreSql) { Database = "postgres" }.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        var result = new Dictionary<string, long>(StringComparer.Ordinal);
        await using (var command = new NpgsqlCommand("SELECT datname, xact_commit FROM pg_stat_database WHERE datname LIKE @prefix", connection))
        {
            command.Parameters.AddWithValue("prefix", $"cgb_{_id}_%");
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                result[reader.GetString(0)[$"cgb_{_id}_".Length..]] = reader.GetInt64(1);
            }
        }

        await using (var wal = new NpgsqlCommand("SELECT wal_sync, wal_write FROM pg_stat_wal", connection))
        {
            await using var reader = await wal.ExecuteReaderAsync(cancellationToken);
            if (await reader.ReadAsync(cancellationToken))
            {
                result["(cluster) WAL syncs"] = reader.GetInt64(0);
                result["(cluster) WAL writes"] = reader.GetInt64(1);
            }
        }

        return result;
    }

    /// <summary>PostgreSQL's settings that decide durability, as the server reports them.</summary>
    public static async Task<string> DurabilitySettingsAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgreSql) { Database = "postgres" }.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        var parts = new List<string>();
        foreach (var setting in new[] { "server_version", "synchronous_commit", "fsync", "wal_sync_method", "commit_delay", "full_page_writes" })
        {
            await using var command = new NpgsqlCommand($"SHOW {setting}", connection);
            parts.Add($"{setting}={await command.ExecuteScalarAsync(cancellationToken)}");
        }

        return string.Join(", ", parts);
    }

    public async ValueTask DisposeAsync()
    {
        if (_observer is not null)
        {
            await _observer.DisposeAsync();
        }

        if (_broker is not null)
        {
            await _broker.DisposeAsync();
        }

        await StopLauncherAsync();
        await RemoveAsync();
        if (KeepLogs)
        {
            var kept = Path.Combine(Path.GetTempPath(), $"campusg-saga-bench-logs-{_id}");
            Directory.Move(_dataDirectory, kept);
            Console.Error.WriteLine($"The launcher's and modules' logs are in {kept}.");
            return;
        }

        Directory.Delete(_dataDirectory, recursive: true);
    }

    private async Task StopLauncherAsync()
    {
        if (_launcher.HasExited)
        {
            return;
        }

        using (var kill = Process.Start("kill", ["-TERM", _launcher.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(40));
        try
        {
            await _launcher.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _launcher.Kill(entireProcessTree: true);
            await _launcher.WaitForExitAsync();
        }

        _launcher.Dispose();
    }

    /// <summary>Drops the run's databases, deletes its queues and exchanges (quorum queues pile up in the broker otherwise) and its Redis keys.</summary>
    private async Task RemoveAsync()
    {
        await using (var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgreSql) { Database = "postgres" }.ConnectionString))
        {
            await connection.OpenAsync();
            foreach (var module in Modules)
            {
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Database(_id, module)}\" WITH (FORCE)", connection);
                await drop.ExecuteNonQueryAsync();
            }
        }

        await using (var broker = await new ConnectionFactory { Uri = new Uri(RabbitMq) }.CreateConnectionAsync())
        await using (var channel = await broker.CreateChannelAsync())
        {
            foreach (var module in Modules)
            {
                var queue = $"{QueuePrefix}{module.ToLowerInvariant()}";
                await channel.QueueDeleteAsync(queue, ifUnused: false, ifEmpty: false);
                await channel.QueueDeleteAsync(queue + ".dlq", ifUnused: false, ifEmpty: false);
            }

            await channel.ExchangeDeleteAsync(Exchange, ifUnused: false);
            await channel.ExchangeDeleteAsync(Exchange + ".dead-letters", ifUnused: false);
        }

        await using var redis = await ConnectionMultiplexer.ConnectAsync($"{Redis},allowAdmin=true");
        var database = redis.GetDatabase();
        foreach (var server in redis.GetServers())
        {
            await foreach (var key in server.KeysAsync(pattern: $"{RedisPrefix}*", pageSize: 1000))
            {
                await database.KeyDeleteAsync(key);
            }
        }
    }

    private async Task WaitUntilReadyAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        var last = "no answer";
        while (Stopwatch.GetTimestamp() < deadline)
        {
            if (_launcher.HasExited)
            {
                throw new InvalidOperationException($"The launcher exited with code {_launcher.ExitCode}; see {_dataDirectory}/launcher.log.");
            }

            try
            {
                using var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative), cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }

                last = $"{(int)response.StatusCode}";
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                last = ex.Message;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
        }

        throw new TimeoutException($"The distributed deployment was not ready within {timeout}: {last}");
    }

    /// <summary>CampusG.Host.dll: copied next to the bench by the project reference.</summary>
    private static string HostAssembly()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "CampusG.Host.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("CampusG.Host.dll is not next to the benchmark", path);
    }

    private static string Database(string id, string module) => $"cgb_{id}_{module.ToLowerInvariant()}";

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            log.WriteLine(line);
        }
    }
}
