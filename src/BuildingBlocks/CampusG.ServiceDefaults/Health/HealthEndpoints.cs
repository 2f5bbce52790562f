using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CampusG.ServiceDefaults.Health;

internal static class HealthEndpoints
{
    /// <summary>Tag for checks that must pass before the host takes traffic (database, broker).</summary>
    public const string ReadyTag = "ready";

    public static WebApplication MapHealthEndpoints(this WebApplication app)
    {
        // Liveness runs no checks: the process answering is the signal.
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadyTag),
            ResponseWriter = WriteAsync,
        });
        return app;
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        var checks = report.Entries
            .Select(e => new HealthCheckView(e.Key, e.Value.Status.ToString(), e.Value.Description, e.Value.Duration.TotalMilliseconds))
            .ToArray();
        // Status names are written as text here: the API's enum policy (UPPER_SNAKE) is for domain enums.
        return context.Response.WriteAsJsonAsync(
            new HealthReportView(report.Status.ToString(), report.TotalDuration.TotalMilliseconds, checks),
            context.RequestAborted);
    }

    private sealed record HealthReportView(string Status, double DurationMs, IReadOnlyList<HealthCheckView> Checks);

    private sealed record HealthCheckView(string Name, string Status, string? Description, double DurationMs);
}
