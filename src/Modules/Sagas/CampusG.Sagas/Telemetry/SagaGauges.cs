using System.Diagnostics.Metrics;
using CampusG.Hosting.Telemetry;
using CampusG.Sagas.Domain;
using CampusG.Sagas.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CampusG.Sagas.Telemetry;

/// <summary>
/// Sagas' gauges, exported at <c>/metrics</c> of the process that runs the Sagas module, read from the saga instances
/// every <c>Telemetry:GaugeInterval</c>: <c>campusg_sagas_active{saga_type, step}</c>, running or compensating sagas
/// waiting in that step, and <c>campusg_sagas_past_deadline{saga_type, step}</c>, those whose step deadline has passed
/// (the sweeper re-sends or fails such a step within <c>Sagas:SweepInterval</c>, so one that stays is stuck).
/// </summary>
internal sealed class SagaGauges : PeriodicReading<IReadOnlyList<SagaStepCount>>
{
    public const string MeterName = "CampusG.Sagas";

    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _time;
    private readonly Meter _meter;

    // Steps seen before and empty now are reported as 0, so their series fall back to 0 instead of keeping a last value.
    private readonly HashSet<(string Type, string Step)> _seen = [];

    public SagaGauges(IServiceScopeFactory scopes, IMeterFactory meters, IConfiguration configuration, TimeProvider time, ILogger<SagaGauges> logger)
        : base(Interval(configuration), time, logger)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _scopes = scopes;
        _time = time;
        _meter = meters.Create(MeterName);
        _meter.CreateObservableGauge("campusg.sagas.active", () => Measure(c => c.Active), "{saga}",
            "Running or compensating sagas waiting in a step");
        _meter.CreateObservableGauge("campusg.sagas.past_deadline", () => Measure(c => c.PastDeadline), "{saga}",
            "Running or compensating sagas whose step deadline has passed");
    }

    public override void Dispose()
    {
        _meter.Dispose();
        base.Dispose();
    }

    protected override async Task<IReadOnlyList<SagaStepCount>> ReadAsync(CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        await using var scope = _scopes.CreateAsyncScope();
        var counts = await scope.ServiceProvider.GetRequiredService<SagasDbContext>().Sagas.AsNoTracking()
            .Where(s => s.State == SagaStates.Running || s.State == SagaStates.Compensating)
            .GroupBy(s => new { s.Type, s.CurrentStep })
            .Select(g => new SagaStepCount(g.Key.Type, g.Key.CurrentStep, g.Count(), g.Count(s => s.StepDeadline <= now)))
            .ToListAsync(cancellationToken);
        var present = counts.Select(c => (c.Type, c.Step)).ToHashSet();
        var gone = _seen.Where(key => !present.Contains(key)).Select(key => new SagaStepCount(key.Type, key.Step, 0, 0)).ToList();
        _seen.UnionWith(present);
        return [.. counts, .. gone];
    }

    private IEnumerable<Measurement<int>> Measure(Func<SagaStepCount, int> value) =>
        (Current ?? []).Select(c => new Measurement<int>(value(c), new("saga_type", c.Type), new("step", c.Step)));
}

internal sealed record SagaStepCount(string Type, string Step, int Active, int PastDeadline);
