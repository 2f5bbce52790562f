using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CampusG.Bench.Measurement;
using CampusG.Bench.Saga;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;

namespace CampusG.Bench.Peer;

/// <summary><c>CampusG.Bench.Peer run ...</c>: W1 on Wolverine once; prints its figures and the row counts.</summary>
internal static class RunProgram
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (CommandLine.Parse(() => PeerOptions.Parse(args), PeerOptions.Usage) is not { } options)
        {
            return 2;
        }

        var cancellationToken = CancellationToken.None;
        Console.WriteLine(Invariant($"Wolverine peer (W1): {options.Orders:N0} Create Order sagas, {options.Concurrency} clients (closed loop), {options.Mode} mode, {options.Customers} customers"));
        var durability = options.Mode == "distributed"
            ? $"PostgreSQL: {await DistributedPeer.DurabilitySettingsAsync(cancellationToken)}; RabbitMQ quorum queues, publisher confirms, durable inbox/outbox"
            : $"SQLite: WAL, synchronous={options.Synchronous} on the EF connections, {await SqliteDefaultsAsync()} on Wolverine's own; durable local queues";
        Console.WriteLine(durability);
        await using var deployment = options.Mode == "distributed"
            ? await DistributedPeer.StartAsync(options, cancellationToken)
            : (IPeerDeployment)await EmbeddedPeer.CreateAsync(options, cancellationToken);
        Console.WriteLine($"Deployment: {deployment.Description}");
        using var host = PeerHost.Build(deployment.Driver);
        await host.StartAsync(cancellationToken);
        try
        {
            var placed = 0;
            if (options.Warmup > 0)
            {
                var warm = new PeerTracker(options.Warmup);
                CompletionObserver.Tracker = warm;
                var started = Stopwatch.GetTimestamp();
                var warmed = await new PeerLoad(host.Services, warm, deployment.Customers, 32, options.StallTimeout).RunAsync(() => Cpu(deployment), cancellationToken);
                placed += warm.AcceptedCount;
                Console.WriteLine(Invariant($"Warm-up {(warmed ? "done" : "stalled")}: {warm.Completed:N0} completed in {Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s, not counted."));
                Console.WriteLine();
            }

            var tracker = new PeerTracker(options.Orders);
            CompletionObserver.Tracker = tracker;
            var load = new PeerLoad(host.Services, tracker, deployment.Customers, options.Concurrency, options.StallTimeout);
            var (before, machineBefore) = (deployment.Sample(), MachineLoad.Take());
            var finished = await load.RunAsync(() => Cpu(deployment), cancellationToken);
            var (after, machineAfter) = (deployment.Sample(), MachineLoad.Take());
            placed += tracker.AcceptedCount;

            var counts = await SettledCountsAsync(deployment, TimeSpan.FromSeconds(30), cancellationToken);
            var failures = counts.Failures(placed);
            var result = PeerResult.From(options, tracker, load, before, after, machineBefore, machineAfter, counts, placed, failures, durability);
            Print(result, counts, failures);
            foreach (var store in counts.DeadLetters == 0 ? [] : deployment.Stores)
            {
                foreach (var letter in await StoreCounts.DeadLettersAsync(store, cancellationToken))
                {
                    Console.WriteLine($"- dead letter in {store.Role}: {letter}");
                }
            }
            if (options.ResultsFile is { } file)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
                await File.AppendAllTextAsync(file, JsonSerializer.Serialize(result, PeerResult.Json) + Environment.NewLine, cancellationToken);
                Console.WriteLine($"Appended the result to {file}.");
            }

            return finished && failures.Count == 0 ? 0 : 1;
        }
        finally
        {
            CompletionObserver.Tracker = null;
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await host.StopAsync(timeout.Token);
        }
    }

    private static double Cpu(IPeerDeployment deployment) => deployment.Sample().Values.Sum(s => s.Seconds.Values.Sum());

    /// <summary>The row counts once nothing is in flight (the last sagas' deletes commit after their end was seen), or after <paramref name="timeout"/>.</summary>
    private static async Task<StoreCounts> SettledCountsAsync(IPeerDeployment deployment, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (true)
        {
            var counts = StoreCounts.Zero;
            foreach (var store in deployment.Stores)
            {
                counts += await StoreCounts.ReadAsync(store, cancellationToken);
            }

            if (counts.Settled || Stopwatch.GetTimestamp() > deadline)
            {
                return counts;
            }

            await Task.Delay(500, cancellationToken);
        }
    }

    /// <summary>What a new Microsoft.Data.Sqlite connection gets (Wolverine's own connections set no pragma).</summary>
    private static async Task<string> SqliteDefaultsAsync()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous";
        var level = Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
        return $"synchronous={(level switch { 0 => "OFF", 1 => "NORMAL", 2 => "FULL", 3 => "EXTRA", _ => level.ToString(CultureInfo.InvariantCulture) })} (the default)";
    }

    private static void Print(PeerResult result, StoreCounts counts, IReadOnlyList<string> failures)
    {
        Console.WriteLine();
        Console.WriteLine(Invariant($"### Wolverine peer ({result.Mode}, {result.Concurrency} clients)"));
        Console.WriteLine();
        Console.WriteLine(Invariant($"- steady (first 10% of completions excluded): **{result.SteadyPerSecond:N0} sagas/s**; overall {result.OverallPerSecond:N0}/s"));
        Console.WriteLine(Invariant($"- completed {result.Completed:N0}/{result.Orders:N0}, failed placements {result.Failed}, repeated completions {result.Repeated}"));
        Console.WriteLine(Invariant($"- latency placement → NotificationSent (orders 10%.. by submission), ms: p50 {result.P50:F0}, p95 {result.P95:F0}, p99 {result.P99:F0}, max {result.Max:F0}"));
        Console.WriteLine(Invariant($"- CPU ms per saga: peer {result.PeerCpuMsPerSaga:F2}, PostgreSQL {result.PostgresCpuMsPerSaga:F2}, RabbitMQ {result.RabbitMqCpuMsPerSaga:F2}; other processes {result.OtherCores:F2} cores; wall {result.WallSeconds:F1} s"));
        Console.WriteLine(Invariant($"- durable messages handled per saga (Wolverine inbox rows / sagas placed): {result.MessagesPerSaga:F2}"));
        Console.WriteLine($"- rows after the run ({result.Placed:N0} orders placed, warm-up included): {counts.Describe()}");
        Console.WriteLine(failures.Count == 0 ? "- verified: every order went through every module once, every saga completed and was deleted, nothing left in flight"
            : $"- VERIFICATION FAILED: {string.Join("; ", failures)}");
        Console.WriteLine();
        Console.WriteLine("| system | mode | clients | steady sagas/s | p50 | p95 | p99 ms | CPU ms/saga (peer + pg + rabbit) | verified |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|---:|---|---|");
        Console.WriteLine(Invariant($"| wolverine | {result.Mode} | {result.Concurrency} | {result.SteadyPerSecond:F0} | {result.P50:F0} | {result.P95:F0} | {result.P99:F0} | ") +
            Invariant($"{result.PeerCpuMsPerSaga:F2} + {result.PostgresCpuMsPerSaga:F2} + {result.RabbitMqCpuMsPerSaga:F2} | {(failures.Count == 0 ? "yes" : "NO")} |"));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

/// <summary>One peer run's headline figures, one JSON line in the results file.</summary>
internal sealed record PeerResult(
    string System, string Label, string Mode, int Orders, int Concurrency, int Completed, int Failed, int Repeated, double SteadyPerSecond,
    double OverallPerSecond, double P50, double P95, double P99, double Max, double PeerCpuSeconds, double PeerCpuMsPerSaga, double PostgresCpuMsPerSaga,
    double RabbitMqCpuMsPerSaga, double OtherCores, double WallSeconds, int Placed, double MessagesPerSaga, bool Verified, string Verification,
    string Durability, DateTime At)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static PeerResult From(
        PeerOptions options, PeerTracker tracker, PeerLoad load, IReadOnlyDictionary<string, CpuSnapshot> before, IReadOnlyDictionary<string, CpuSnapshot> after,
        MachineLoad machineBefore, MachineLoad machineAfter, StoreCounts counts, int placed, IReadOnlyList<string> failures, string durability)
    {
        var completions = tracker.CompletionTimes();
        var wall = Stopwatch.GetElapsedTime(load.StartedAt, completions.Length > 0 ? completions[^1] : load.StartedAt).TotalSeconds;
        var latency = Percentiles.Of(tracker.Latencies(tracker.Orders / 10));
        double Group(string name) => after.TryGetValue(name, out var a) ? a.Since(before.GetValueOrDefault(name) ?? new CpuSnapshot(new Dictionary<int, double>())) : 0;
        double PerSaga(double seconds) => tracker.Completed == 0 ? 0 : Math.Round(seconds * 1000 / tracker.Completed, 2);
        var peer = Group(EmbeddedPeer.Group) + Group(DistributedPeer.Group);
        var (postgres, rabbit) = (Group(DistributedPeer.PostgresGroup), Group(DistributedPeer.RabbitGroup));
        var machine = machineAfter.BusySeconds - machineBefore.BusySeconds;
        return new PeerResult(
            "wolverine", options.Label, options.Mode, options.Orders, options.Concurrency, tracker.Completed, tracker.Failed, tracker.Repeated,
            Math.Round(Throughput.Steady(completions), 1), Math.Round(completions.Length / Math.Max(wall, 1e-9), 1), Math.Round(latency.P50, 1),
            Math.Round(latency.P95, 1), Math.Round(latency.P99, 1), Math.Round(latency.Max, 1), Math.Round(peer, 1), PerSaga(peer), PerSaga(postgres),
            PerSaga(rabbit), Math.Round((machine - peer - postgres - rabbit) / Math.Max(wall, 1e-9), 2), Math.Round(wall, 1), placed,
            placed == 0 ? 0 : Math.Round((double)counts.InboxHandled / placed, 2), failures.Count == 0,
            failures.Count == 0 ? counts.Describe() : string.Join("; ", failures), durability, DateTime.UtcNow);
    }
}
