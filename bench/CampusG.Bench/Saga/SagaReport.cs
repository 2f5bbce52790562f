using System.Diagnostics;
using System.Globalization;
using CampusG.Bench.Measurement;

namespace CampusG.Bench.Saga;

/// <summary>Throughput, latency (end to end and per hop) and resources of a saga run, printed as Markdown.</summary>
internal static class SagaReport
{
    /// <summary>Who does the work between one message of the path and the next.</summary>
    private static readonly string[] ErrandHopWorkers =
    [
        "sagas", "users", "sagas", "payments", "sagas", "escrow", "sagas", "orders", "sagas", "timers", "sagas", "notifications (handler + dispatcher)",
    ];

    /// <summary>Who works on each hop of the workload's path (the menu path reserves with Inventory first).</summary>
    private static string[] HopWorkers => SagaTracker.Messages.Length == ErrandHopWorkers.Length + 1
        ? ErrandHopWorkers
        : ["sagas", "inventory", .. ErrandHopWorkers];

    public static SagaSummary PrintThroughputAndLatency(TextWriter output, SagaOptions options, SagaTracker tracker, SagaLoad load)
    {
        var completions = tracker.CompletionTimes();
        var steady = Throughput.Steady(completions);
        var wall = Stopwatch.GetElapsedTime(load.StartedAt, completions.Length > 0 ? completions[^1] : load.StartedAt).TotalSeconds;
        var submitting = Stopwatch.GetElapsedTime(load.StartedAt, load.SubmissionsEndedAt != 0 ? load.SubmissionsEndedAt : Stopwatch.GetTimestamp()).TotalSeconds;
        output.WriteLine(Invariant($"### Throughput ({options.Mode}, {options.Driver} driver, {options.LoadDescription})"));
        output.WriteLine();
        output.WriteLine(Invariant($"- steady (first 10% of completions excluded): **{steady:N0} sagas/s**"));
        output.WriteLine(Invariant($"- overall: {completions.Length:N0}/{tracker.Orders:N0} sagas completed in {wall:F1} s ({completions.Length / Math.Max(wall, 1e-9):N0}/s); ") +
            Invariant($"cancelled {tracker.CancelledCount}, failed requests {tracker.Rejected - tracker.Shed}, shed (503 OVERLOADED) {tracker.Shed}, repeated messages {tracker.Repeated}"));
        output.WriteLine(Invariant($"- submissions: {tracker.Accepted:N0} accepted in {submitting:F1} s ({tracker.Accepted / submitting:N0}/s)"));
        if (tracker.FirstError is { } error)
        {
            output.WriteLine($"- first failed request: {error}");
        }

        output.WriteLine();
        var tracks = tracker.Tracks.Where(t => t.Sequence >= tracker.Orders / 10).ToList();
        output.WriteLine(Invariant($"### Latency, ms (orders {tracker.Orders / 10:N0}.. by submission: the first 10% are excluded; ") +
            (options.OpenLoop ? "from the order's due time)" : "from submission)"));
        output.WriteLine();
        output.WriteLine("| from → to | n | p50 | p95 | p99 | max |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|");
        Row(output, "submit → API answered 201", tracks, t => t.SubmittedAt, t => t.AnsweredAt);
        Row(output, "due → order.created published", tracks, t => t.DueAt, t => t.Seen[0]);
        Row(output, "due → order.updated (CREATED) published", tracks, t => t.DueAt, t => t.Seen[8]);
        var endToEnd = Row(output, "**due → notification.sent (ORDER_CREATED): the saga's end**", tracks, t => t.DueAt, t => t.CompletedAt);
        output.WriteLine();
        output.WriteLine("Per hop: from one message's publication to the next one's (the module handles it in a batch, commits, and its relay publishes the reply):");
        output.WriteLine();
        output.WriteLine("| hop | work | p50 | p95 | p99 | max |");
        output.WriteLine("|---|---|---:|---:|---:|---:|");
        var hopMedians = 0.0;
        for (var k = 0; k < SagaTracker.Messages.Length - 1; k++)
        {
            var index = k;
            var p = Percentiles.Of(Sample(tracks, t => t.Seen[index], t => t.Seen[index + 1]));
            hopMedians += p.P50;
            output.WriteLine(Invariant($"| {SagaTracker.Messages[k]} → {SagaTracker.Messages[k + 1]} | {HopWorkers[k]} | {p.P50:F1} | {p.P95:F1} | {p.P99:F1} | {p.Max:F1} |"));
        }

        output.WriteLine(Invariant($"| sum of the hop medians | | {hopMedians:F1} | | | |"));
        output.WriteLine();
        PrintLatencyOverTheRun(output, tracker);
        return new SagaSummary(steady, completions.Length / Math.Max(wall, 1e-9), tracker.Accepted / submitting, endToEnd, wall);
    }

    public static void PrintResources(
        TextWriter output, SagaTracker tracker, ResourceSample before, ResourceSample after, TimeSpan wall,
        IReadOnlyDictionary<string, long> commitsBefore, IReadOnlyDictionary<string, long> commitsAfter, (long Sum, long Largest) memory,
        ProcessUsage self, int peakThreads)
    {
        // Per-saga figures mean nothing for a run in which no saga completed (it stalled).
        var completed = tracker.Completed;
        string PerSaga(double value, string format) => completed == 0 ? "n/a" : (value / completed).ToString(format, CultureInfo.InvariantCulture);
        var cpu = after.Since(before);
        output.WriteLine("### CPU, memory, commits");
        output.WriteLine();
        output.WriteLine("| processes | CPU s | cores (avg) | CPU ms per saga |");
        output.WriteLine("|---|---:|---:|---:|");
        foreach (var (group, seconds) in cpu)
        {
            output.WriteLine(Invariant($"| {group} | {seconds:F1} | {seconds / wall.TotalSeconds:F2} | {PerSaga(seconds * 1000, "F2")} |"));
        }

        var machine = after.Machine.BusySeconds - before.Machine.BusySeconds;
        output.WriteLine(Invariant($"| whole machine | {machine:F1} | {machine / wall.TotalSeconds:F2} | |"));
        output.WriteLine(Invariant($"| **other processes** (machine − the above) | {machine - cpu.Values.Sum():F1} | **{(machine - cpu.Values.Sum()) / wall.TotalSeconds:F2}** | |"));
        output.WriteLine();
        output.WriteLine(Invariant($"- load average {before.Machine.LoadAverage} before, {after.Machine.LoadAverage} after; wall {wall.TotalSeconds:F1} s"));
        output.WriteLine(Invariant($"- peak memory of CampusG: {memory.Sum / 1048576.0:N0} MiB (largest process {memory.Largest / 1048576.0:N0} MiB)"));
        output.WriteLine(Invariant($"- this process: {PerSaga(self.AllocatedBytes / 1024.0, "N0")} KiB allocated per saga, GCs gen0/1/2 {self.Gen0}/{self.Gen1}/{self.Gen2}, ") +
            Invariant($"peak thread-pool threads {peakThreads}, lock contentions {self.LockContentions:N0}"));
        output.WriteLine();
        output.WriteLine("| database | transactions | per saga | per second |");
        output.WriteLine("|---|---:|---:|---:|");
        foreach (var (module, count) in commitsAfter.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            var delta = count - commitsBefore.GetValueOrDefault(module);
            output.WriteLine(Invariant($"| {module} | {delta:N0} | {PerSaga(delta, "F2")} | {delta / wall.TotalSeconds:N0} |"));
        }

        var total = commitsAfter.Where(c => !c.Key.StartsWith('(')).Sum(c => c.Value - commitsBefore.GetValueOrDefault(c.Key));
        output.WriteLine(Invariant($"| all modules | {total:N0} | {PerSaga(total, "F2")} | {total / wall.TotalSeconds:N0} |"));
        output.WriteLine();
    }

    /// <summary>
    /// The saga's end-to-end latency of each tenth of the orders, by submission, the first tenth included: a backlog
    /// that built up and drained (a warm-up, a change of load) shows as a few slow tenths, steady queueing as all of them.
    /// </summary>
    private static void PrintLatencyOverTheRun(TextWriter output, SagaTracker tracker)
    {
        output.WriteLine("Over the run: the saga's end (as above) for each tenth of the orders, by submission, the first tenth included:");
        output.WriteLine();
        output.WriteLine("| orders | completed | p50 | p95 | max |");
        output.WriteLine("|---|---:|---:|---:|---:|");
        var tracks = tracker.Tracks.ToList();
        for (var tenth = 0; tenth < 10; tenth++)
        {
            var (first, last) = (tenth * tracker.Orders / 10, ((tenth + 1) * tracker.Orders / 10) - 1);
            if (last < first)
            {
                continue;
            }

            var p = Percentiles.Of(Sample([.. tracks.Where(t => t.Sequence >= first && t.Sequence <= last)], t => t.DueAt, t => t.CompletedAt));
            output.WriteLine(p.Count == 0
                ? Invariant($"| {first:N0}–{last:N0} | 0 | – | – | – |")
                : Invariant($"| {first:N0}–{last:N0} | {p.Count:N0} | {p.P50:F0} | {p.P95:F0} | {p.Max:F0} |"));
        }

        output.WriteLine();
    }

    private static Percentiles Row(TextWriter output, string label, List<OrderTrack> tracks, Func<OrderTrack, long> from, Func<OrderTrack, long> to)
    {
        var p = Percentiles.Of(Sample(tracks, from, to));
        output.WriteLine(Invariant($"| {label} | {p.Count:N0} | {p.P50:F1} | {p.P95:F1} | {p.P99:F1} | {p.Max:F1} |"));
        return p;
    }

    private static double[] Sample(List<OrderTrack> tracks, Func<OrderTrack, long> from, Func<OrderTrack, long> to)
    {
        var sample = new List<double>(tracks.Count);
        foreach (var track in tracks)
        {
            var (start, end) = (from(track), to(track));
            if (start != 0 && end != 0)
            {
                sample.Add(end < start ? 0 : Stopwatch.GetElapsedTime(start, end).TotalMilliseconds);
            }
        }

        return [.. sample];
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

/// <summary>The headline figures of a saga run.</summary>
internal sealed record SagaSummary(double SteadyRate, double OverallRate, double SubmitRate, Percentiles EndToEnd, double WallSeconds);
