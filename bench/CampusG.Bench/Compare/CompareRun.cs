using System.Globalization;
using System.Text.Json;

namespace CampusG.Bench.Compare;

/// <summary>
/// One run of the comparison, CampusG's or the peer's, in common terms. CPU is per completed saga: the system's own
/// processes (embedded: the one process, driver included; distributed: CampusG's launcher and module processes, or the
/// peer's driver/Orders process and module processes), plus PostgreSQL and RabbitMQ in distributed mode.
/// </summary>
internal sealed record CompareRun(
    string System, string Mode, int Round, int Orders, int Concurrency, int Completed, double SagasPerSecond, double P50, double P99,
    double AppCpuMsPerSaga, double PostgresCpuMsPerSaga, double RabbitMqCpuMsPerSaga, double OtherCores, bool Ok, string Note, DateTime At)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public double CpuMsPerSaga => AppCpuMsPerSaga + PostgresCpuMsPerSaga + RabbitMqCpuMsPerSaga;

    /// <summary>From a <c>CampusG.Bench saga</c> result line (<see cref="Saga.SagaResult"/>).</summary>
    public static CompareRun FromCampusG(JsonElement r, string mode, int round, ComparisonOptions options, int exit, string log)
    {
        var completed = r.GetProperty("completed").GetInt32();
        double PerSaga(string seconds) => completed == 0 ? 0 : Math.Round(r.GetProperty(seconds).GetDouble() * 1000 / completed, 2);
        var (cancelled, failed) = (r.GetProperty("cancelled").GetInt32(), r.GetProperty("failed").GetInt32());
        var ok = exit == 0 && completed == options.Orders && cancelled == 0 && failed == 0;
        return new CompareRun(
            "campusg", mode, round, options.Orders, options.ConcurrencyFor(mode), completed, r.GetProperty("steadyPerSecond").GetDouble(),
            r.GetProperty("p50").GetDouble(), r.GetProperty("p99").GetDouble(), r.GetProperty("campusGCpuMsPerSaga").GetDouble(),
            PerSaga("postgresCpuSeconds"), PerSaga("rabbitMqCpuSeconds"), r.GetProperty("otherCores").GetDouble(), ok,
            ok ? $"all {completed:N0} sagas completed; {log}" : string.Create(CultureInfo.InvariantCulture, $"exit {exit}, completed {completed}, cancelled {cancelled}, failed {failed}; {log}"),
            DateTime.UtcNow);
    }

    /// <summary>From a <c>CampusG.Bench.Peer run</c> result line (row counts verified by the peer).</summary>
    public static CompareRun FromPeer(JsonElement r, string mode, int round, ComparisonOptions options, int exit, string log)
    {
        var completed = r.GetProperty("completed").GetInt32();
        var ok = exit == 0 && completed == options.Orders && r.GetProperty("verified").GetBoolean();
        return new CompareRun(
            "wolverine", mode, round, options.Orders, options.ConcurrencyFor(mode), completed, r.GetProperty("steadyPerSecond").GetDouble(),
            r.GetProperty("p50").GetDouble(), r.GetProperty("p99").GetDouble(), r.GetProperty("peerCpuMsPerSaga").GetDouble(),
            r.GetProperty("postgresCpuMsPerSaga").GetDouble(), r.GetProperty("rabbitMqCpuMsPerSaga").GetDouble(), r.GetProperty("otherCores").GetDouble(), ok,
            $"{r.GetProperty("messagesPerSaga").GetDouble().ToString("F2", CultureInfo.InvariantCulture)} durable messages/saga; {r.GetProperty("verification").GetString()}; {log}",
            DateTime.UtcNow);
    }

    public static CompareRun Failed(string system, string mode, int round, ComparisonOptions options, string note) =>
        new(system, mode, round, options.Orders, options.ConcurrencyFor(mode), 0, 0, 0, 0, 0, 0, 0, 0, false, note, DateTime.UtcNow);
}

/// <summary>The comparison's Markdown: every run, then per mode the medians and CampusG's figures as ratios to the peer's.</summary>
internal static class CompareTable
{
    public static void Print(TextWriter output, ComparisonOptions options, IReadOnlyList<CompareRun> runs)
    {
        output.WriteLine(Invariant($"### W1: CampusG vs Wolverine ({options.Orders:N0} sagas a run, {options.Rounds} rounds, {DateTime.UtcNow:yyyy-MM-dd})"));
        output.WriteLine();
        output.WriteLine("| mode | system | round | clients | completed | sagas/s | p50 ms | p99 ms | CPU ms/saga | of which app + PostgreSQL + RabbitMQ | other procs cores | checked |");
        output.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---|---:|---|");
        foreach (var r in runs.OrderBy(r => r.Mode, StringComparer.Ordinal).ThenBy(r => r.System, StringComparer.Ordinal).ThenBy(r => r.Round))
        {
            output.WriteLine(Invariant($"| {r.Mode} | {Name(r.System)} | {r.Round} | {r.Concurrency} | {r.Completed:N0} | {r.SagasPerSecond:F0} | {r.P50:F0} | {r.P99:F0} | ") +
                Invariant($"{r.CpuMsPerSaga:F2} | {r.AppCpuMsPerSaga:F2} + {r.PostgresCpuMsPerSaga:F2} + {r.RabbitMqCpuMsPerSaga:F2} | {r.OtherCores:F2} | {(r.Ok ? "ok" : "**not ok**")} |"));
        }

        output.WriteLine();
        output.WriteLine("Medians of the rounds; **CampusG ÷ Wolverine** (sagas/s: above 1 is CampusG faster; latency and CPU: below 1 is CampusG better):");
        output.WriteLine();
        output.WriteLine("| mode | | sagas/s | p50 ms | p99 ms | CPU ms/saga |");
        output.WriteLine("|---|---|---:|---:|---:|---:|");
        foreach (var mode in options.Modes)
        {
            var campusg = Medians(runs, "campusg", mode);
            var peer = Medians(runs, "wolverine", mode);
            output.WriteLine(Invariant($"| {mode} | CampusG | {campusg.Rate:F0} | {campusg.P50:F0} | {campusg.P99:F0} | {campusg.Cpu:F2} |"));
            output.WriteLine(Invariant($"| {mode} | Wolverine | {peer.Rate:F0} | {peer.P50:F0} | {peer.P99:F0} | {peer.Cpu:F2} |"));
            output.WriteLine(Invariant($"| {mode} | **CampusG ÷ Wolverine** | **{Ratio(campusg.Rate, peer.Rate)}** | **{Ratio(campusg.P50, peer.P50)}** | ") +
                Invariant($"**{Ratio(campusg.P99, peer.P99)}** | **{Ratio(campusg.Cpu, peer.Cpu)}** |"));
        }
    }

    private static (double Rate, double P50, double P99, double Cpu) Medians(IReadOnlyList<CompareRun> runs, string system, string mode)
    {
        var mine = runs.Where(r => r.System == system && r.Mode == mode && r.Completed > 0).ToList();
        return (Median(mine.Select(r => r.SagasPerSecond)), Median(mine.Select(r => r.P50)), Median(mine.Select(r => r.P99)), Median(mine.Select(r => r.CpuMsPerSaga)));
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static string Ratio(double campusg, double peer) =>
        peer > 0 && !double.IsNaN(campusg) ? (campusg / peer).ToString("0.00", CultureInfo.InvariantCulture) + "×" : "n/a";

    private static string Name(string system) => system == "campusg" ? "CampusG" : "Wolverine";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
