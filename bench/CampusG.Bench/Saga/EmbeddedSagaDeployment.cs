using System.Diagnostics;
using CampusG.Bench.Measurement;
using CampusG.Host;
using CampusG.Messaging.Transport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace CampusG.Bench.Saga;

/// <summary>Embedded mode: the real host (<see cref="CampusGApp"/>) in this process on a free port, a fresh data directory.</summary>
internal sealed class EmbeddedSagaDeployment : ISagaDeployment
{
    public const string Group = "campusg (this process, driver included)";

    private readonly WebApplication _app;
    private readonly string _dataDirectory;
    private readonly EfCommitCounter _commits;
    private IAsyncDisposable? _subscription;

    private EmbeddedSagaDeployment(WebApplication app, string dataDirectory, EfCommitCounter commits, string description)
    {
        _app = app;
        _dataDirectory = dataDirectory;
        _commits = commits;
        Description = description;
        var addresses = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        BaseAddress = new Uri(addresses.Addresses.First());
    }

    public string Description { get; }

    public Uri BaseAddress { get; }

    public IServiceProvider? Services => _app.Services;

    public static async Task<EmbeddedSagaDeployment> StartAsync(SagaOptions options, CancellationToken cancellationToken)
    {
        var dataDirectory = Directory.CreateTempSubdirectory("campusg-saga-bench-").FullName;
        var settings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["urls"] = "http://127.0.0.1:0",
            ["CampusG:DataDirectory"] = dataDirectory,
            // Every benchmark customer signs up from this one address.
            ["RateLimits:SignUpsPerAddress"] = "1000000",
            ["CampusG:SqliteSynchronous"] = options.Synchronous,
            // A log line per saga step at Information would measure the console, not the engine.
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in options.Settings)
        {
            settings[key] = value;
        }

        var commits = new EfCommitCounter();
        var app = CampusGApp.Create([.. settings.Select(s => $"--{s.Key}={s.Value}")]);
        await app.StartAsync(cancellationToken);
        return new EmbeddedSagaDeployment(app, dataDirectory, commits, $"embedded, SQLite synchronous={options.Synchronous}, in-process transport, data in {dataDirectory}");
    }

    public async Task ObserveAsync(TrackerReceiver receiver, CancellationToken cancellationToken)
    {
        var transport = _app.Services.GetRequiredService<IMessageTransport>();
        _subscription = await transport.SubscribeAsync("bench-observer", SagaTracker.ObservedTypes, receiver, cancellationToken);
        _commits.Reset(); // schema creation and customers are not part of the run
    }

    public ResourceSample Sample()
    {
        using var self = Process.GetCurrentProcess();
        return new ResourceSample(
            new Dictionary<string, CpuSnapshot> { [Group] = new(new Dictionary<int, double> { [self.Id] = self.TotalProcessorTime.TotalSeconds }) },
            MachineLoad.Take());
    }

    public Task<IReadOnlyDictionary<string, long>> CommitsAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<string, long>>(_commits.Modules.ToDictionary(m => m.Key, m => m.Value.Commits));

    public IReadOnlyDictionary<string, ModuleCounts> Counts => _commits.Modules;

    public (long Sum, long Largest) PeakMemory()
    {
        using var self = Process.GetCurrentProcess();
        return (self.PeakWorkingSet64, self.PeakWorkingSet64);
    }

    public async ValueTask DisposeAsync()
    {
        if (_subscription is not null)
        {
            await _subscription.DisposeAsync();
        }

        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30)))
        {
            await _app.StopAsync(timeout.Token);
        }

        await _app.DisposeAsync();
        _commits.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dataDirectory, recursive: true);
    }
}
