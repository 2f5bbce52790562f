using System.Diagnostics;
using CampusG.Bench.Saga;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using RabbitMQ.Client;

namespace CampusG.Bench.Peer;

/// <summary>A peer deployment the driver runs against: its processes, its databases, and what they cost.</summary>
internal interface IPeerDeployment : IAsyncDisposable
{
    string Description { get; }

    /// <summary>The node this process runs: everything (embedded) or Orders with the driver (distributed).</summary>
    PeerNode Driver { get; }

    /// <summary>Every database of the run, for the row counts afterwards.</summary>
    IReadOnlyList<PeerNode> Stores { get; }

    IReadOnlyList<Guid> Customers { get; }

    /// <summary>CPU seconds so far per group of processes.</summary>
    IReadOnlyDictionary<string, CpuSnapshot> Sample();
}

/// <summary>Creates a store's tables (EF Core's model, no Wolverine tables: Wolverine builds its own on start) and the customers.</summary>
internal static class PeerSchema
{
    public static async Task CreateAsync(PeerNode node, IReadOnlyList<Guid> customers, CancellationToken cancellationToken)
    {
        await using var db = new PeerDb(PeerHost.DbOptions(node));
        await db.Database.EnsureCreatedAsync(cancellationToken);
        if (node.Embedded)
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken); // as CampusG's SQLite files
        }

        foreach (var id in customers)
        {
            db.Customers.Add(new Customer { Id = id, GatewayToken = $"tok_sim_ok_4242_{id:N}"[..32] });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>Embedded: this process runs every module; one SQLite file in a fresh directory holds everything.</summary>
internal sealed class EmbeddedPeer : IPeerDeployment
{
    public const string Group = "peer (this process, driver included)";

    private readonly string _directory;

    private EmbeddedPeer(string directory, PeerNode node, IReadOnlyList<Guid> customers)
    {
        (_directory, Driver, Customers) = (directory, node, customers);
        Stores = [node];
    }

    public string Description => $"embedded, one process, SQLite {Driver.Database} (synchronous={Driver.Synchronous} on the EF connections, WAL)";

    public PeerNode Driver { get; }

    public IReadOnlyList<PeerNode> Stores { get; }

    public IReadOnlyList<Guid> Customers { get; }

    public static async Task<EmbeddedPeer> CreateAsync(PeerOptions options, CancellationToken cancellationToken)
    {
        var directory = Directory.CreateTempSubdirectory("campusg-peer-bench-").FullName;
        var node = new PeerNode("embedded", Roles.All, $"Data Source={Path.Combine(directory, "peer.db")}", options.Synchronous);
        var customers = Enumerable.Range(0, options.Customers).Select(_ => Guid.NewGuid()).ToArray();
        await PeerSchema.CreateAsync(node, customers, cancellationToken);
        return new EmbeddedPeer(directory, node, customers);
    }

    public IReadOnlyDictionary<string, CpuSnapshot> Sample() =>
        new Dictionary<string, CpuSnapshot> { [Group] = CpuSnapshot.Of(ProcFs.Read(Environment.ProcessId) is { } self ? [self] : []) };

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
        return ValueTask.CompletedTask;
    }
}

/// <summary>
/// Distributed: this process is Orders (and the driver); each other module runs in a child process of its own
/// (<c>CampusG.Bench.Peer module --role …</c>). Each has a PostgreSQL database <c>wpeer_{id}_{role}</c>; the RabbitMQ
/// queues are named <c>wpeer-{id}.{role}</c>. All of them are deleted when the run ends.
/// </summary>
internal sealed class DistributedPeer : IPeerDeployment
{
    public const string Group = "peer (driver + Orders process, module processes)";
    public const string PostgresGroup = "postgresql (all server processes)";
    public const string RabbitGroup = "rabbitmq (beam.smp)";

    private static readonly string[] StoreRoles = [Roles.Orders, .. Roles.Modules];

    private readonly string _id;
    private readonly string _logDirectory;
    private readonly List<Process> _modules = [];

    private DistributedPeer(string id, string logDirectory, IReadOnlyList<Guid> customers)
    {
        (_id, _logDirectory, Customers) = (id, logDirectory, customers);
        Stores = [.. StoreRoles.Select(Node)];
        Driver = Stores[0];
    }

    public static string PostgreSql => Environment.GetEnvironmentVariable("CAMPUSG_BENCH_POSTGRES") ?? "Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres";

    public static string RabbitMq => Environment.GetEnvironmentVariable("CAMPUSG_BENCH_RABBITMQ") ?? "amqp://guest:guest@127.0.0.1:5672/";

    public string Description => $"distributed, {_modules.Count} module processes + this one, PostgreSQL databases wpeer_{_id}_*, RabbitMQ queues {QueuePrefix}*, logs in {_logDirectory}";

    public PeerNode Driver { get; }

    public IReadOnlyList<PeerNode> Stores { get; }

    public IReadOnlyList<Guid> Customers { get; }

    private string QueuePrefix => $"wpeer-{_id}.";

    public static async Task<DistributedPeer> StartAsync(PeerOptions options, CancellationToken cancellationToken)
    {
        var customers = Enumerable.Range(0, options.Customers).Select(_ => Guid.NewGuid()).ToArray();
        var peer = new DistributedPeer(Guid.NewGuid().ToString("N")[..10], Directory.CreateTempSubdirectory("campusg-peer-bench-").FullName, customers);
        try
        {
            await using (var admin = await AdminAsync(cancellationToken))
            {
                foreach (var role in StoreRoles)
                {
                    await using var create = new NpgsqlCommand($"CREATE DATABASE \"{peer.DatabaseName(role)}\"", admin);
                    await create.ExecuteNonQueryAsync(cancellationToken);
                }
            }

            foreach (var node in peer.Stores)
            {
                await PeerSchema.CreateAsync(node, node.Role == Roles.Users ? customers : [], cancellationToken);
            }

            await Task.WhenAll(Roles.Modules.Select(role => peer.StartModuleAsync(role, cancellationToken)));
            return peer;
        }
        catch
        {
            await peer.DisposeAsync();
            throw;
        }
    }

    /// <summary>PostgreSQL's settings that decide durability, as the server reports them.</summary>
    public static async Task<string> DurabilitySettingsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await AdminAsync(cancellationToken);
        var parts = new List<string>();
        foreach (var setting in new[] { "server_version", "synchronous_commit", "fsync", "wal_sync_method" })
        {
            await using var command = new NpgsqlCommand($"SHOW {setting}", connection);
            parts.Add($"{setting}={await command.ExecuteScalarAsync(cancellationToken)}");
        }

        return string.Join(", ", parts);
    }

    public IReadOnlyDictionary<string, CpuSnapshot> Sample()
    {
        var all = ProcFs.All();
        return new Dictionary<string, CpuSnapshot>
        {
            [Group] = CpuSnapshot.Of(ProcFs.Tree(all, Environment.ProcessId)),
            [PostgresGroup] = CpuSnapshot.OfServer(all.Where(p => p.Name == "postgres")),
            [RabbitGroup] = CpuSnapshot.Of(all.Where(p => p.Name is "beam.smp" or "erl_child_setup")),
        };
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var module in _modules)
        {
            await StopAsync(module);
        }

        await using (var admin = await AdminAsync(CancellationToken.None))
        {
            foreach (var role in StoreRoles)
            {
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{DatabaseName(role)}\" WITH (FORCE)", admin);
                await drop.ExecuteNonQueryAsync();
            }
        }

        await using (var broker = await new ConnectionFactory { Uri = new Uri(RabbitMq) }.CreateConnectionAsync())
        await using (var channel = await broker.CreateChannelAsync())
        {
            foreach (var queue in StoreRoles.Append(PeerHost.Observer))
            {
                await channel.QueueDeleteAsync(QueuePrefix + queue, ifUnused: false, ifEmpty: false);
            }
        }

        Directory.Delete(_logDirectory, recursive: true);
    }

    private PeerNode Node(string role) =>
        new("distributed", role, new NpgsqlConnectionStringBuilder(PostgreSql) { Database = DatabaseName(role) }.ConnectionString, RabbitMq: RabbitMq, QueuePrefix: QueuePrefix);

    private string DatabaseName(string role) => $"wpeer_{_id}_{role}";

    private static async Task<NpgsqlConnection> AdminAsync(CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgreSql) { Database = "postgres" }.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    /// <summary>Starts <c>module --role</c> as a child process and waits for its "READY" line.</summary>
    private async Task StartModuleAsync(string role, CancellationToken cancellationToken)
    {
        var node = Stores.Single(s => s.Role == role);
        var start = SelfStartInfo();
        foreach (var argument in new[] { "module", "--role", role, "--database", node.Database, "--rabbitmq", RabbitMq, "--queue-prefix", QueuePrefix })
        {
            start.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = start };
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var log = new StreamWriter(Path.Combine(_logDirectory, $"{role}.log")) { AutoFlush = true };
        void Line(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (log)
            {
                log.WriteLine(line);
            }

            if (line == ModuleProgram.Ready)
            {
                ready.TrySetResult();
            }
        }

        process.OutputDataReceived += (_, e) => Line(e.Data);
        process.ErrorDataReceived += (_, e) => Line(e.Data);
        process.Exited += (_, _) => ready.TrySetException(new InvalidOperationException($"The {role} process exited; see {_logDirectory}/{role}.log."));
        process.EnableRaisingEvents = true;
        process.Start();
        lock (_modules)
        {
            _modules.Add(process);
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await ready.Task.WaitAsync(TimeSpan.FromMinutes(3), cancellationToken);
    }

    private static async Task StopAsync(Process module)
    {
        if (!module.HasExited)
        {
            await module.StandardInput.WriteLineAsync("stop");
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await module.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                module.Kill(entireProcessTree: true);
            }
        }

        module.Dispose();
    }

    /// <summary>This program again: through the dotnet host when it runs as a .dll, else its own executable.</summary>
    private static ProcessStartInfo SelfStartInfo()
    {
        var host = Environment.ProcessPath ?? "dotnet";
        var start = new ProcessStartInfo(host) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        if (Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            start.ArgumentList.Add(typeof(DistributedPeer).Assembly.Location);
        }

        return start;
    }
}
