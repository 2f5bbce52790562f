using System.Diagnostics.Metrics;
using CampusG.Hosting.Telemetry;
using CampusG.Timers.Contracts;
using CampusG.Timers.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CampusG.Timers.Telemetry;

/// <summary>
/// Timers' gauges, exported at <c>/metrics</c> of the process that runs the Timers module, read every
/// <c>Telemetry:GaugeInterval</c>: <c>campusg_timers_overdue{purpose}</c>, timers still SCHEDULED after their due time,
/// and <c>campusg_timers_overdue_lateness_seconds{purpose}</c>, how long past due the oldest of them is (0 when none).
/// The worker fires a due timer within <c>Timers:MaxWait</c>, so lateness that grows means timers are not firing.
/// </summary>
internal sealed class TimerGauges : PeriodicReading<IReadOnlyList<OverdueTimers>>
{
    public const string MeterName = "CampusG.Timers";

    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _time;
    private readonly Meter _meter;
    private readonly HashSet<string> _seen = [];

    public TimerGauges(IServiceScopeFactory scopes, IMeterFactory meters, IConfiguration configuration, TimeProvider time, ILogger<TimerGauges> logger)
        : base(Interval(configuration), time, logger)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _scopes = scopes;
        _time = time;
        _seen.UnionWith([TimerPurposes.OrderAcceptance, TimerPurposes.DeliveryDeadline]);
        _meter = meters.Create(MeterName);
        _meter.CreateObservableGauge("campusg.timers.overdue", () => Measure(t => t.Count), "{timer}",
            "Timers still scheduled after their due time");
        _meter.CreateObservableGauge("campusg.timers.overdue.lateness", () => Measure(t => t.LatenessSeconds), "s",
            "How long past its due time the oldest unfired timer is");
    }

    public override void Dispose()
    {
        _meter.Dispose();
        base.Dispose();
    }

    protected override async Task<IReadOnlyList<OverdueTimers>> ReadAsync(CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        await using var scope = _scopes.CreateAsyncScope();
        var overdue = await scope.ServiceProvider.GetRequiredService<TimersDbContext>().Timers.AsNoTracking()
            .Where(t => t.Status == TimerStatuses.Scheduled && t.DueAt <= now)
            .GroupBy(t => t.Purpose)
            .Select(g => new { Purpose = g.Key, Count = g.Count(), Oldest = g.Min(t => t.DueAt) })
            .ToListAsync(cancellationToken);
        _seen.UnionWith(overdue.Select(o => o.Purpose));
        return [.. _seen.Select(purpose => overdue.Find(o => o.Purpose == purpose) is { } o
            ? new OverdueTimers(purpose, o.Count, (now - o.Oldest).TotalSeconds)
            : new OverdueTimers(purpose, 0, 0))];
    }

    private IEnumerable<Measurement<double>> Measure(Func<OverdueTimers, double> value) =>
        (Current ?? []).Select(t => new Measurement<double>(value(t), new KeyValuePair<string, object?>("purpose", t.Purpose)));
}

internal sealed record OverdueTimers(string Purpose, int Count, double LatenessSeconds);
