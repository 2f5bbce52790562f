using System.Diagnostics;

namespace CampusG.EndToEnd.Tests.Observability;

/// <summary>The Prometheus files under deploy/prometheus, checked by Prometheus's own promtool (Debian's prometheus package).</summary>
[Trait("Mode", "Embedded")]
public sealed class PrometheusRulesTests
{
    [Fact]
    public async Task TheScrapeConfigurations_AndTheRules_AreValid()
    {
        await PromtoolAsync("check", "config", MonitoringFiles.Deploy("prometheus", "prometheus.yml"));
        await PromtoolAsync("check", "config", MonitoringFiles.Deploy("prometheus", "prometheus-embedded.yml"));
        await PromtoolAsync("check", "config", MonitoringFiles.Deploy("prometheus", "prometheus-compose.yml"));
        var output = await PromtoolAsync("check", "rules", MonitoringFiles.Deploy("prometheus", "rules", "campusg.rules.yml"));
        Assert.Contains("SUCCESS", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryAlert_FiresAndStaysQuiet_AsItsUnitTestsSay()
    {
        var output = await PromtoolAsync("test", "rules", MonitoringFiles.Deploy("prometheus", "rules", "campusg.rules.test.yml"));
        Assert.Contains("SUCCESS", output, StringComparison.Ordinal);
        var tests = await File.ReadAllTextAsync(MonitoringFiles.Deploy("prometheus", "rules", "campusg.rules.test.yml"));
        var rules = await File.ReadAllLinesAsync(MonitoringFiles.Deploy("prometheus", "rules", "campusg.rules.yml"));
        var alerts = rules.Select(l => l.Trim()).Where(l => l.StartsWith("- alert: ", StringComparison.Ordinal)).Select(l => l["- alert: ".Length..]).ToList();
        Assert.NotEmpty(alerts);
        foreach (var alert in alerts)
        {
            var cases = tests.Split("alertname: " + alert + "\n", StringSplitOptions.None).Skip(1).Select(c => c.TrimStart()).ToList();
            Assert.True(cases.Any(c => c.StartsWith("exp_alerts: []", StringComparison.Ordinal)), $"{alert} has no case where it stays quiet");
            Assert.True(cases.Any(c => c.StartsWith("exp_alerts:\n", StringComparison.Ordinal)), $"{alert} has no case where it fires");
        }
    }

    [Fact]
    public async Task EveryDashboardQuery_IsValidPromQl()
    {
        // promtool parses rule expressions, so each dashboard query becomes a recording rule of a throw-away file.
        var file = Path.Combine(Path.GetTempPath(), $"campusg-dashboards-{Guid.NewGuid():N}.yml");
        var rules = MonitoringFiles.DashboardExpressions()
            .Select((e, i) => $"      - record: dashboard_query_{i}\n        expr: {System.Text.Json.JsonSerializer.Serialize(e.Expr)}\n");
        await File.WriteAllTextAsync(file, "groups:\n  - name: dashboards\n    rules:\n" + string.Concat(rules));
        try
        {
            var output = await PromtoolAsync("check", "rules", file);
            Assert.Contains($"SUCCESS: {MonitoringFiles.DashboardExpressions().Count()} rules found", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async Task<string> PromtoolAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("promtool") { RedirectStandardOutput = true, RedirectStandardError = true };
        arguments.ToList().ForEach(start.ArgumentList.Add);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var all = await output + await errors;
        Assert.True(process.ExitCode == 0, $"promtool {string.Join(' ', arguments)} exited {process.ExitCode}:\n{all}");
        return all;
    }
}
