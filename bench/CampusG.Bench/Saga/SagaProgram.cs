using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CampusG.Bench.Measurement;

namespace CampusG.Bench.Saga;

/// <summary><c>CampusG.Bench saga ...</c>: runs workload W1 once and prints (and optionally appends) its figures.</summary>
internal static class SagaProgram
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (CommandLine.Parse(() => SagaOptions.Parse(args), SagaOptions.Usage) is not { } options)
        {
            return 2;
        }

        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        var cancellationToken = stop.Token;
        Console.WriteLine(Invariant($"CampusG saga benchmark ({(options.Workload == "menu" ? "menu orders" : "W1")}): {options.Orders:N0} Create Order sagas, {options.LoadDescription}, ") +
            Invariant($"{options.Driver} driver, {options.Mode} mode, {options.Customers} customers") +
            (options.Settings.Count > 0 ? $", settings {string.Join(" ", options.Settings.Select(s => $"{s.Key}={s.Value}"))}" : ""));
        if (options.Mode == "distributed")
        {
            Console.WriteLine($"PostgreSQL: {await DistributedSagaDeployment.DurabilitySettingsAsync(cancellationToken)}");
        }

        await using var deployment = options.Mode == "distributed"
            ? await DistributedSagaDeployment.StartAsync(options, cancellationToken)
            : (ISagaDeployment)await EmbeddedSagaDeployment.StartAsync(options, cancellationToken);
        Console.WriteLine($"Deployment: {deployment.Description}; public address {deployment.BaseAddress}");
        var customers = await Customers.CreateAsync(deployment.BaseAddress, options.Customers, cancellationToken);
        Console.WriteLine($"Created {customers.Count} customers with card {Customers.Card}.");

        byte[]? body = null;
        if (options.Workload == "menu")
        {
            SagaTracker.UseMenuWorkload();
            body = await BenchRestaurant.OpenAsync(deployment.BaseAddress, customers[0], options.Orders + options.Warmup, cancellationToken);
            Console.WriteLine("Workload menu: one restaurant, one counted item, one unit per order.");
        }

        var tracker = new SagaTracker(options.Orders);
        var receiver = new TrackerReceiver(tracker);
        await deployment.ObserveAsync(receiver, cancellationToken);
        using var driver = options.Driver == "inprocess"
            ? new InProcessOrderDriver(deployment.Services!)
            : (IOrderDriver)new HttpOrderDriver(deployment.BaseAddress, options.Connections, body);
        if (options.Warmup > 0)
        {
            await WarmUpAsync(options, receiver, driver, customers, deployment, cancellationToken);
            receiver.Tracker = tracker;
        }

        var load = new SagaLoad(options, tracker, driver, customers, deployment);

        var commitsBefore = await deployment.CommitsAsync(cancellationToken);
        var (before, selfBefore) = (deployment.Sample(), ProcessUsage.Take());
        var finished = await load.RunAsync(cancellationToken);
        var (after, selfAfter) = (deployment.Sample(), ProcessUsage.Take());
        var commitsAfter = await deployment.CommitsAsync(cancellationToken);
        var self = ProcessUsage.Between(selfBefore, selfAfter);

        Console.WriteLine();
        var summary = SagaReport.PrintThroughputAndLatency(Console.Out, options, tracker, load);
        var memory = deployment.PeakMemory();
        SagaReport.PrintResources(Console.Out, tracker, before, after, self.Wall, commitsBefore, commitsAfter, memory, self, load.PeakThreadPoolThreads);
        var result = SagaResult.From(options, tracker, summary, after.Since(before), before, after, self.Wall, memory);
        Console.WriteLine(Invariant($"| mode | driver | sync | load | steady sagas/s | p50 | p95 | p99 ms | CPU ms/saga | other procs cores |"));
        Console.WriteLine(Invariant($"| {options.Mode} | {options.Driver} | {(options.Mode == "embedded" ? options.Synchronous : "pg on")} | {options.LoadDescription} | ") +
            Invariant($"{summary.SteadyRate:F0} | {summary.EndToEnd.P50:F0} | {summary.EndToEnd.P95:F0} | {summary.EndToEnd.P99:F0} | {result.CampusGCpuMsPerSaga:F2} | {result.OtherCores:F2} |"));
        if (options.ResultsFile is { } file)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
            await File.AppendAllTextAsync(file, JsonSerializer.Serialize(result, SagaResult.Json) + Environment.NewLine, cancellationToken);
            Console.WriteLine($"Appended the result to {file}.");
        }

        if (!finished)
        {
            if (deployment is DistributedSagaDeployment distributed)
            {
                distributed.KeepLogs = true;
            }

            Console.Error.WriteLine($"Stalled: no saga completed for {options.StallTimeout.TotalSeconds:F0} s; the figures above are partial.");
        }

        return finished ? 0 : 1;
    }

    /// <summary>Runs the warm-up orders to the end with a tracker of their own; returns once every one completed.</summary>
    private static async Task WarmUpAsync(
        SagaOptions options, TrackerReceiver receiver, IOrderDriver driver, IReadOnlyList<Customer> customers, ISagaDeployment deployment,
        CancellationToken cancellationToken)
    {
        var warm = options with { Orders = options.Warmup, Rate = null, Concurrency = 32 };
        var warmTracker = new SagaTracker(warm.Orders);
        receiver.Tracker = warmTracker;
        Console.WriteLine($"Warm-up: {warm.Orders:N0} orders from 32 clients, not counted.");
        var started = Stopwatch.GetTimestamp();
        var finished = await new SagaLoad(warm, warmTracker, driver, customers, deployment).RunAsync(cancellationToken);
        Console.WriteLine(Invariant($"Warm-up {(finished ? "done" : "stalled")}: {warmTracker.Completed:N0} completed in {Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s."));
        Console.WriteLine();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

/// <summary>One run's headline figures, one JSON line in the results file.</summary>
internal sealed record SagaResult(
    string Label, string Mode, string Driver, string Synchronous, int Orders, int? Concurrency, double? Rate, int Completed, int Cancelled,
    int Failed, double SteadyPerSecond, double OverallPerSecond, double P50, double P95, double P99, double Max, double CampusGCpuSeconds,
    double CampusGCpuMsPerSaga, double PostgresCpuSeconds, double RabbitMqCpuSeconds, double PeakMemoryMiB, double OtherCores,
    string LoadBefore, string LoadAfter, double WallSeconds, string Settings, DateTime At, int Shed = 0)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static SagaResult From(
        SagaOptions options, SagaTracker tracker, SagaSummary summary, IReadOnlyDictionary<string, double> cpu, ResourceSample before,
        ResourceSample after, TimeSpan wall, (long Sum, long Largest) memory)
    {
        var campusg = cpu.Where(c => c.Key.StartsWith("campusg", StringComparison.Ordinal)).Sum(c => c.Value);
        var machine = after.Machine.BusySeconds - before.Machine.BusySeconds;
        return new SagaResult(
            options.Label, options.Mode, options.Driver, options.Mode == "embedded" ? options.Synchronous : "pg synchronous_commit=on",
            options.Orders, options.OpenLoop ? null : options.Concurrency, options.Rate, tracker.Completed, tracker.CancelledCount, tracker.Rejected - tracker.Shed,
            Math.Round(summary.SteadyRate, 1), Math.Round(summary.OverallRate, 1), Math.Round(summary.EndToEnd.P50, 1), Math.Round(summary.EndToEnd.P95, 1),
            Math.Round(summary.EndToEnd.P99, 1), Math.Round(summary.EndToEnd.Max, 1), Math.Round(campusg, 1),
            tracker.Completed == 0 ? 0 : Math.Round(campusg * 1000 / tracker.Completed, 2), // 0: none completed
            Math.Round(cpu.GetValueOrDefault(DistributedSagaDeployment.PostgresGroup), 1), Math.Round(cpu.GetValueOrDefault(DistributedSagaDeployment.RabbitGroup), 1),
            Math.Round(memory.Sum / 1048576.0), Math.Round((machine - cpu.Values.Sum()) / wall.TotalSeconds, 2),
            before.Machine.LoadAverage, after.Machine.LoadAverage, Math.Round(wall.TotalSeconds, 1),
            string.Join(" ", options.Settings.Select(s => $"{s.Key}={s.Value}")), DateTime.UtcNow, tracker.Shed);
    }
}
