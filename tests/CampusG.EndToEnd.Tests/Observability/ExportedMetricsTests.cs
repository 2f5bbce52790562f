using System.Net;
using CampusG.EndToEnd.Tests.Support;
using CampusG.Testing;

namespace CampusG.EndToEnd.Tests.Observability;

/// <summary>
/// Every metric a dashboard or a rule reads is one the host exports. The Prometheus exporter lists an instrument only
/// once it has a value (a counter after its first add), so the test first drives one errand through every path the
/// dashboards watch: placed, accepted, bought late enough to be flagged overdue, delivered, completed, and its runner
/// paid out to a card the gateway keeps answering with a transient error (a payout retried on a timer).
/// </summary>
[Trait("Mode", "Embedded")]
public sealed class ExportedMetricsTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(90);

    // Prometheus makes `up` itself for every target; no process exports it.
    private static readonly HashSet<string> MadeByPrometheus = ["up"];

    [Fact]
    public async Task EveryMetric_TheDashboardsAndRulesUse_IsExported()
    {
        var (ruleExpressions, recorded) = MonitoringFiles.Rules();
        var used = MonitoringFiles.DashboardExpressions().Select(e => e.Expr).Concat(ruleExpressions)
            .SelectMany(MonitoringFiles.MetricNames)
            .ToHashSet(StringComparer.Ordinal);
        Assert.DoesNotContain(used, name => name.Contains(':', StringComparison.Ordinal) && !recorded.Contains(name));
        var metrics = used.Where(name => !name.Contains(':', StringComparison.Ordinal) && !MadeByPrometheus.Contains(name)).ToHashSet();
        Assert.Contains("campusg_sagas_past_deadline", metrics);
        Assert.Contains("http_server_request_duration_seconds_bucket", metrics);

        await using var host = await CampusGHost.StartAsync(Settings());
        await DriveAnErrandAsync(host);

        var missing = metrics.ToHashSet();
        var until = DateTime.UtcNow + Deadline;
        while (missing.Count > 0 && DateTime.UtcNow < until)
        {
            missing.ExceptWith(await ExportedNamesAsync(host));
            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }

        Assert.True(missing.Count == 0, $"used by a dashboard or rule but not exported: {string.Join(", ", missing.Order())}");
    }

    private static CampusGHostOptions Settings()
    {
        var options = new CampusGHostOptions { WaitUntilReady = true };
        options.Configuration["Telemetry:GaugeInterval"] = "00:00:00.5";
        options.Configuration["Orders:DeliveryWindow"] = "00:00:08";
        options.Configuration["Payments:RetrySchedule"] = "00:00:02,00:00:02,00:00:02";
        return options;
    }

    private static async Task DriveAnErrandAsync(CampusGHost host)
    {
        var customer = await CampusApi.SignUpAsync(host.Client);
        var runner = await CampusApi.SignUpAsync(host.CreateClient(), card: "4000000000000119");
        var orderId = await LifecycleTests.CreatedOrderAsync(customer);
        await LifecycleTests.ExpectAsync(runner, HttpMethod.Post, $"/v1/orders/{orderId}/accept", HttpStatusCode.OK);
        await AdvanceAsync(runner, orderId, "ON_SITE");
        await AdvanceAsync(runner, orderId, "PURCHASED", await LifecycleTests.UploadProofAsync(runner, orderId, "receipt"));
        await customer.WaitForOrderAsync(orderId, o => o.GetProperty("overdue").GetBoolean());
        await AdvanceAsync(runner, orderId, "COLLECTED");
        await AdvanceAsync(runner, orderId, "ON_THE_WAY");
        await AdvanceAsync(runner, orderId, "DELIVERED", await LifecycleTests.UploadProofAsync(runner, orderId, "delivery"));
        await customer.WaitForStatusAsync(orderId, "COMPLETED");
    }

    private static Task AdvanceAsync(CampusApi runner, Guid orderId, string status, Guid? proofId = null) =>
        LifecycleTests.ExpectAsync(runner, HttpMethod.Post, $"/v1/orders/{orderId}/status", HttpStatusCode.OK, new { status, proofId });

    /// <summary>The sample names of <c>/metrics</c> (a histogram's <c>_bucket</c>, <c>_sum</c> and <c>_count</c> each).</summary>
    private static async Task<IEnumerable<string>> ExportedNamesAsync(CampusGHost host)
    {
        var text = await host.Client.GetStringAsync(new Uri("/metrics", UriKind.Relative));
        return text.Split('\n')
            .Where(line => line.Length > 0 && line[0] != '#')
            .Select(line => line[..line.IndexOfAny(['{', ' '])]);
    }
}
