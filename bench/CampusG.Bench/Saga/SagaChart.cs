using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CampusG.Bench.Saga;

/// <summary>
/// <c>CampusG.Bench chart</c>: an SVG of completed sagas/s and p99 latency against offered load, one line per
/// label, from the open-loop runs in the results files.
/// </summary>
internal static class SagaChart
{
    public const string Usage = """
        usage: CampusG.Bench chart --input FILE [--input FILE]... --output FILE.svg [--title TEXT]
          Reads the JSON lines `saga --rate R --results FILE` appended and draws, per label, completed sagas/s and
          p99 latency (log scale) against the offered rate.
        """;

    private const int Width = 960;
    private const int PanelHeight = 340;
    private const int Left = 80;
    private const int Right = 220;
    private const int Top = 50;
    private const int Gap = 70;
    private static readonly string[] Colours = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf"];

    public static int Run(string[] args)
    {
        var inputs = new List<string>();
        string? output = null;
        var title = "CampusG Create Order saga: throughput and p99 against offered load";
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--input": inputs.Add(args[i + 1]); break;
                case "--output": output = args[i + 1]; break;
                case "--title": title = args[i + 1]; break;
                default:
                    Console.Error.WriteLine($"Unknown option '{args[i]}'.\n{Usage}");
                    return 2;
            }
        }

        if (inputs.Count == 0 || output is null)
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }

        var runs = inputs.SelectMany(File.ReadLines).Where(l => l.Trim().Length > 0)
            .Select(l => JsonSerializer.Deserialize<SagaResult>(l, SagaResult.Json)!)
            .Where(r => r.Rate is not null)
            .ToList();
        File.WriteAllText(output, Draw(runs, title));
        Console.WriteLine($"Wrote {output} ({runs.Count} open-loop runs, {runs.Select(r => r.Label).Distinct().Count()} series).");
        return 0;
    }

    public static string Draw(IReadOnlyList<SagaResult> runs, string title)
    {
        var series = runs.GroupBy(r => r.Label).Select(g => (Label: g.Key, Points: g.OrderBy(r => r.Rate).ToList())).ToList();
        var maxRate = Nice(runs.Select(r => r.Rate!.Value).DefaultIfEmpty(100).Max());
        var maxThroughput = Nice(Math.Max(maxRate, runs.Select(r => r.SteadyPerSecond).DefaultIfEmpty(100).Max()));
        var maxP99 = Math.Pow(10, Math.Ceiling(Math.Log10(Math.Max(runs.Select(r => r.P99).DefaultIfEmpty(100).Max(), 100))));
        var svg = new StringBuilder();
        var height = Top + (2 * PanelHeight) + Gap + 60;
        svg.AppendLine(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{height}\" font-family=\"sans-serif\" font-size=\"12\">"));
        svg.AppendLine(Invariant($"<rect width=\"{Width}\" height=\"{height}\" fill=\"white\"/>"));
        svg.AppendLine(Invariant($"<text x=\"{Width / 2}\" y=\"24\" text-anchor=\"middle\" font-size=\"16\">{Escape(title)}</text>"));
        var plotWidth = Width - Left - Right;
        double X(double rate) => Left + (rate / maxRate * plotWidth);

        // Panel 1: completed sagas/s (linear), with the y = x line: what an unsaturated system does.
        var top1 = Top;
        double Y1(double value) => top1 + PanelHeight - (value / maxThroughput * PanelHeight);
        Axes(svg, top1, maxRate, X, "completed sagas/s (steady)", Ticks(maxThroughput).Select(v => (Y1(v), Format(v))));
        svg.AppendLine(Invariant($"<line x1=\"{X(0)}\" y1=\"{Y1(0)}\" x2=\"{X(Math.Min(maxRate, maxThroughput))}\" y2=\"{Y1(Math.Min(maxRate, maxThroughput))}\" stroke=\"#bbb\" stroke-dasharray=\"4 4\"/>"));
        svg.AppendLine(Invariant($"<text x=\"{X(Math.Min(maxRate, maxThroughput)) - 4}\" y=\"{Y1(Math.Min(maxRate, maxThroughput)) + 14}\" text-anchor=\"end\" fill=\"#999\">completed = offered</text>"));

        // Panel 2: p99 (log scale) with the targets.
        var top2 = Top + PanelHeight + Gap;
        var minP99 = 1.0;
        double Y2(double value) => top2 + PanelHeight - ((Math.Log10(Math.Max(value, minP99)) - Math.Log10(minP99)) / (Math.Log10(maxP99) - Math.Log10(minP99)) * PanelHeight);
        var decades = Enumerable.Range(0, (int)Math.Log10(maxP99) + 1).Select(e => Math.Pow(10, e));
        Axes(svg, top2, maxRate, X, "p99 submit → CREATED + notification (ms, log)", decades.Select(v => (Y2(v), Format(v))));
        foreach (var (target, label) in new[] { (25.0, "embedded target 25 ms @ 1,000/s"), (50.0, "distributed target 50 ms @ 400/s") })
        {
            svg.AppendLine(Invariant($"<line x1=\"{Left}\" y1=\"{Y2(target)}\" x2=\"{Left + plotWidth}\" y2=\"{Y2(target)}\" stroke=\"#999\" stroke-dasharray=\"2 3\"/>"));
            svg.AppendLine(Invariant($"<text x=\"{Left + 4}\" y=\"{Y2(target) - 3}\" fill=\"#777\" font-size=\"10\">{label}</text>"));
        }

        for (var i = 0; i < series.Count; i++)
        {
            var (label, points) = series[i];
            var colour = Colours[i % Colours.Length];
            Polyline(svg, colour, points.Select(p => (X(p.Rate!.Value), Y1(p.SteadyPerSecond))));
            // A run in which no saga completed (it stalled) has no latency: it is marked on the throughput panel only.
            Polyline(svg, colour, points.Where(p => p.Completed > 0).Select(p => (X(p.Rate!.Value), Y2(p.P99))));
            foreach (var stalled in points.Where(p => p.Completed == 0))
            {
                svg.AppendLine(Invariant($"<text x=\"{X(stalled.Rate!.Value)}\" y=\"{Y1(0) - 6 - (i * 12)}\" text-anchor=\"middle\" fill=\"{colour}\" font-size=\"10\">stalled</text>"));
            }

            var legendY = Top + 10 + (i * 18);
            svg.AppendLine(Invariant($"<rect x=\"{Width - Right + 14}\" y=\"{legendY - 9}\" width=\"12\" height=\"12\" fill=\"{colour}\"/>"));
            svg.AppendLine(Invariant($"<text x=\"{Width - Right + 32}\" y=\"{legendY + 1}\">{Escape(label)}</text>"));
        }

        svg.AppendLine("</svg>");
        return svg.ToString();
    }

    private static void Axes(StringBuilder svg, int top, double maxRate, Func<double, double> x, string yLabel, IEnumerable<(double Y, string Label)> yTicks)
    {
        var bottom = top + PanelHeight;
        svg.AppendLine(Invariant($"<line x1=\"{Left}\" y1=\"{bottom}\" x2=\"{Width - Right}\" y2=\"{bottom}\" stroke=\"black\"/>"));
        svg.AppendLine(Invariant($"<line x1=\"{Left}\" y1=\"{top}\" x2=\"{Left}\" y2=\"{bottom}\" stroke=\"black\"/>"));
        foreach (var rate in Ticks(maxRate))
        {
            svg.AppendLine(Invariant($"<line x1=\"{x(rate)}\" y1=\"{bottom}\" x2=\"{x(rate)}\" y2=\"{bottom + 5}\" stroke=\"black\"/>"));
            svg.AppendLine(Invariant($"<text x=\"{x(rate)}\" y=\"{bottom + 18}\" text-anchor=\"middle\">{Format(rate)}</text>"));
        }

        foreach (var (y, label) in yTicks)
        {
            svg.AppendLine(Invariant($"<line x1=\"{Left - 5}\" y1=\"{y}\" x2=\"{Width - Right}\" y2=\"{y}\" stroke=\"#eee\"/>"));
            svg.AppendLine(Invariant($"<text x=\"{Left - 8}\" y=\"{y + 4}\" text-anchor=\"end\">{label}</text>"));
        }

        svg.AppendLine(Invariant($"<text x=\"{Left + ((Width - Left - Right) / 2)}\" y=\"{bottom + 36}\" text-anchor=\"middle\">offered load (orders/s, open loop)</text>"));
        svg.AppendLine(Invariant($"<text x=\"18\" y=\"{top + (PanelHeight / 2)}\" text-anchor=\"middle\" transform=\"rotate(-90 18 {top + (PanelHeight / 2)})\">{Escape(yLabel)}</text>"));
    }

    private static void Polyline(StringBuilder svg, string colour, IEnumerable<(double X, double Y)> points)
    {
        var list = points.ToList();
        svg.AppendLine($"<polyline fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\" points=\"{string.Join(' ', list.Select(p => Invariant($"{p.X:F1},{p.Y:F1}")))}\"/>");
        foreach (var (x, y) in list)
        {
            svg.AppendLine(Invariant($"<circle cx=\"{x:F1}\" cy=\"{y:F1}\" r=\"3\" fill=\"{colour}\"/>"));
        }
    }

    private static IEnumerable<double> Ticks(double max)
    {
        var step = max / 5;
        return Enumerable.Range(0, 6).Select(i => i * step);
    }

    private static double Nice(double value)
    {
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(Math.Max(value, 1))));
        var nice = new[] { 1, 2, 2.5, 5, 10 }.First(n => n * magnitude >= value);
        return nice * magnitude;
    }

    private static string Format(double value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);

    private static string Escape(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
