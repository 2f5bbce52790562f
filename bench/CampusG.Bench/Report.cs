using System.Diagnostics;
using System.Globalization;
using CampusG.Bench.Measurement;

namespace CampusG.Bench;

/// <summary>Throughput and per-hop latency of the chains, printed as Markdown.</summary>
internal static class Report
{
    /// <summary>Each hop: from one stamp to another; a null end means the chain's last handler commit.</summary>
    private static readonly (string Label, Stage From, Stage? To)[] Hops =
    [
        ("producer SaveChanges (order row + outbox row)", Stage.Sent, Stage.OrderCommitted),
        ("orders outbox: commit → relay dispatch", Stage.OrderCommitted, Stage.OrderDispatched),
        ("orders outbox: commit → published (transport accepted)", Stage.OrderCommitted, Stage.OrderPublished),
        ("payments: dispatch → handler ran", Stage.OrderDispatched, Stage.PaymentsHandled),
        ("payments: dispatch → handled (committed)", Stage.OrderDispatched, Stage.PaymentsCommitted),
        ("tracking order.placed: dispatch → handler ran", Stage.OrderDispatched, Stage.TrackingOrderHandled),
        ("tracking order.placed: dispatch → handled (committed)", Stage.OrderDispatched, Stage.TrackingOrderCommitted),
        ("payments outbox: commit → relay dispatch", Stage.PaymentsCommitted, Stage.CaptureDispatched),
        ("payments outbox: commit → published (transport accepted)", Stage.PaymentsCommitted, Stage.CapturePublished),
        ("tracking payment.captured: dispatch → handler ran", Stage.CaptureDispatched, Stage.TrackingCaptureHandled),
        ("tracking payment.captured: dispatch → handled (committed)", Stage.CaptureDispatched, Stage.TrackingCaptureCommitted),
        ("**end-to-end: commit → last handler committed**", Stage.OrderCommitted, null),
    ];

    /// <summary>Prints the throughput and latency sections; returns the headline figures.</summary>
    public static RunSummary Print(TextWriter output, BenchOptions options, ChainRecorder recorder, LoadDriver load)
    {
        var completions = recorder.CompletionTimes();
        var steady = Throughput.Steady(completions);
        var wall = Stopwatch.GetElapsedTime(load.Started, completions.Length > 0 ? completions[^1] : load.Started).TotalSeconds;
        var producersEnd = load.ProducersFinishedAt != 0 ? load.ProducersFinishedAt : Stopwatch.GetTimestamp();
        var producing = Stopwatch.GetElapsedTime(load.Started, producersEnd).TotalSeconds;
        output.WriteLine(Invariant($"### Throughput ({options.Synchronous}, concurrency {options.Concurrency})"));
        output.WriteLine();
        output.WriteLine(Invariant($"- steady (first 10% of completions excluded): **{steady:N0} chains/s**"));
        output.WriteLine(Invariant($"- overall: {completions.Length:N0}/{recorder.Chains:N0} chains in {wall:F1} s ({completions.Length / wall:N0}/s)"));
        output.WriteLine(Invariant($"- producers: {recorder.Committed:N0} commits in {producing:F1} s ({recorder.Committed / producing:N0} commits/s); ") +
            Invariant($"chains completed by then: {load.CompletedWhenProducersFinished:N0} ({load.CompletedWhenProducersFinished / producing:N0}/s while producing)"));
        if (load.FailedRequests > 0)
        {
            output.WriteLine(Invariant($"- **failed producer commits: {load.FailedRequests:N0}** (first error: {load.FirstError})"));
        }

        output.WriteLine("- a chain = 1 producer commit, 2 relay publishes, 3 handler applications (order.placed ×2, payment.captured ×1)");
        output.WriteLine();
        output.WriteLine(Invariant($"### Latency, ms (chains {recorder.Chains / 10:N0}..{recorder.Chains - 1:N0}: the first 10% started are excluded)"));
        output.WriteLine();
        output.WriteLine("| hop | p50 | p95 | p99 | max |");
        output.WriteLine("|---|---:|---:|---:|---:|");
        var endToEnd = Percentiles.Of([]);
        foreach (var (label, from, to) in Hops)
        {
            var (sample, negative) = Sample(recorder, from, to);
            var p = Percentiles.Of(sample);
            endToEnd = to is null ? p : endToEnd;
            var note = negative > 0 ? Invariant($" ({negative} negative, counted as 0)") : "";
            output.WriteLine(Invariant($"| {label}{note} | {p.P50:F1} | {p.P95:F1} | {p.P99:F1} | {p.Max:F1} |"));
        }

        output.WriteLine();
        return new RunSummary(steady, completions.Length / wall, recorder.Committed / producing, endToEnd);
    }

    /// <summary>One Markdown table row per run, to collect runs side by side.</summary>
    public static void PrintSummaryRow(TextWriter output, BenchOptions options, RunSummary summary, ProcessUsage usage, double machineBusySeconds)
    {
        var others = (machineBusySeconds - usage.Cpu.TotalSeconds) / usage.Wall.TotalSeconds;
        output.WriteLine("| sync | producers | experiment | steady chains/s | overall chains/s | producer commits/s | " +
            "e2e p50 | p95 | p99 | max ms | CPU s | peak WS MiB | other procs cores |");
        output.WriteLine(
            Invariant($"| {options.Synchronous} | {options.Concurrency} | {options.Experiment} | {summary.SteadyRate:F0} | ") +
            Invariant($"{summary.OverallRate:F0} | {summary.ProducerRate:F0} | {summary.EndToEnd.P50:F0} | {summary.EndToEnd.P95:F0} | ") +
            Invariant($"{summary.EndToEnd.P99:F0} | {summary.EndToEnd.Max:F0} | {usage.Cpu.TotalSeconds:F1} | ") +
            Invariant($"{usage.PeakWorkingSetBytes / (1024.0 * 1024):F0} | {others:F2} |"));
    }

    private static (double[] Sample, int Negative) Sample(ChainRecorder recorder, Stage from, Stage? to)
    {
        var sample = new List<double>(recorder.Chains);
        var negative = 0;
        for (var chain = recorder.Chains / 10; chain < recorder.Chains; chain++)
        {
            var start = recorder.Stamp(chain, from);
            var end = to is { } stage ? recorder.Stamp(chain, stage) : recorder.LastHandlerCommit(chain);
            if (start == 0 || end == 0)
            {
                continue;
            }

            negative += end < start ? 1 : 0;
            sample.Add(end < start ? 0 : Stopwatch.GetElapsedTime(start, end).TotalMilliseconds);
        }

        return ([.. sample], negative);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

/// <summary>The headline figures of a run, for the one-line summary.</summary>
internal sealed record RunSummary(double SteadyRate, double OverallRate, double ProducerRate, Percentiles EndToEnd);
