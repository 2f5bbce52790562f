using CampusG.Bench.Measurement;

namespace CampusG.Bench.Saga;

/// <summary>A running CampusG the benchmark drives: its public address and how to watch it.</summary>
internal interface ISagaDeployment : IAsyncDisposable
{
    string Description { get; }

    Uri BaseAddress { get; }

    /// <summary>The host's services, when it runs in this process (embedded); the in-process driver needs them.</summary>
    IServiceProvider? Services { get; }

    /// <summary>Subscribes the benchmark's own receiver to the saga's messages.</summary>
    Task ObserveAsync(TrackerReceiver receiver, CancellationToken cancellationToken);

    /// <summary>CPU seconds so far, per group of processes (CampusG, the databases, the broker, the driver).</summary>
    ResourceSample Sample();

    /// <summary>Write transactions committed so far, per module database.</summary>
    Task<IReadOnlyDictionary<string, long>> CommitsAsync(CancellationToken cancellationToken);

    /// <summary>Peak memory of CampusG's processes, in bytes: (sum, largest single process).</summary>
    (long Sum, long Largest) PeakMemory();
}

/// <summary>CPU per group at one moment, plus the whole machine's.</summary>
internal sealed record ResourceSample(IReadOnlyDictionary<string, CpuSnapshot> Groups, MachineLoad Machine)
{
    public IReadOnlyDictionary<string, double> Since(ResourceSample earlier) =>
        Groups.ToDictionary(g => g.Key, g => g.Value.Since(earlier.Groups.GetValueOrDefault(g.Key) ?? new CpuSnapshot(new Dictionary<int, double>())));
}
