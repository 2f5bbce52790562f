using System.Text.Json;
using System.Text.RegularExpressions;

namespace CampusG.EndToEnd.Tests.Observability;

/// <summary>The repository's Prometheus rules and Grafana dashboards, and the metric names their PromQL uses.</summary>
internal static partial class MonitoringFiles
{
    public static string Root { get; } = FindRoot();

    public static string Deploy(params string[] path) => Path.Combine([Root, "deploy", .. path]);

    public static IEnumerable<string> DashboardFiles() => Directory.EnumerateFiles(Deploy("grafana", "dashboards"), "*.json");

    /// <summary>Every <c>expr</c> of every dashboard panel target, with the file it is in.</summary>
    public static IEnumerable<(string File, string Expr)> DashboardExpressions() =>
        from file in DashboardFiles()
        let document = JsonDocument.Parse(File.ReadAllText(file))
        from panel in document.RootElement.GetProperty("panels").EnumerateArray()
        from target in panel.GetProperty("targets").EnumerateArray()
        select (Path.GetFileName(file), target.GetProperty("expr").GetString()!);

    /// <summary>Every <c>expr:</c> of the rules file (one line, or a <c>|</c> block), and the names it records.</summary>
    public static (IReadOnlyList<string> Expressions, IReadOnlySet<string> Recorded) Rules()
    {
        var lines = File.ReadAllLines(Deploy("prometheus", "rules", "campusg.rules.yml"));
        var expressions = new List<string>();
        var recorded = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Length; i++)
        {
            if (RecordLine().Match(lines[i]) is { Success: true } record)
            {
                recorded.Add(record.Groups[1].Value);
            }

            if (ExprLine().Match(lines[i]) is not { Success: true } expr)
            {
                continue;
            }

            var indent = lines[i].Length - lines[i].TrimStart().Length;
            if (expr.Groups[1].Value.Trim() != "|")
            {
                expressions.Add(expr.Groups[1].Value);
                continue;
            }

            var block = new List<string>();
            while (i + 1 < lines.Length && (lines[i + 1].Trim().Length == 0 || lines[i + 1].Length - lines[i + 1].TrimStart().Length > indent))
            {
                block.Add(lines[++i]);
            }

            expressions.Add(string.Join('\n', block));
        }

        return (expressions, recorded);
    }

    /// <summary>
    /// The metric names a PromQL expression reads, parsed loosely: strings, label matchers (<c>{…}</c>), ranges
    /// (<c>[…]</c>) and grouping label lists (<c>by (…)</c>, <c>on (…)</c>…) are removed; what is left that is not a
    /// function call, a keyword or a number is a metric name. Names with a colon are recording rules.
    /// </summary>
    public static IEnumerable<string> MetricNames(string expr)
    {
        var text = Strings().Replace(expr, "\"\"");
        text = Matchers().Replace(text, " ");
        text = Ranges().Replace(text, " ");
        text = Grouping().Replace(text, " ");
        return Identifiers().Matches(text)
            .Where(m => !m.Groups["call"].Success && !Keywords.Contains(m.Groups["name"].Value))
            .Select(m => m.Groups["name"].Value)
            .Distinct();
    }

    private static readonly HashSet<string> Keywords = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "or", "unless", "bool", "offset", "by", "without", "on", "ignoring", "group_left", "group_right", "inf", "nan",
    };

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CampusG.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No CampusG.slnx above {AppContext.BaseDirectory}.");
    }

    [GeneratedRegex(@"^\s*-?\s*record:\s*(\S+)")]
    private static partial Regex RecordLine();

    [GeneratedRegex(@"^\s*expr:\s*(.*)$")]
    private static partial Regex ExprLine();

    [GeneratedRegex("\"(?:[^\"\\\\]|\\\\.)*\"")]
    private static partial Regex Strings();

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Matchers();

    [GeneratedRegex(@"\[[^\]]*\]")]
    private static partial Regex Ranges();

    [GeneratedRegex(@"\b(?:by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)", RegexOptions.IgnoreCase)]
    private static partial Regex Grouping();

    [GeneratedRegex(@"(?<![\w.])(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(?<call>\s*\()?")]
    private static partial Regex Identifiers();
}
