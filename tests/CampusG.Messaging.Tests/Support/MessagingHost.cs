using CampusG.Messaging.DeadLetters;
using CampusG.Messaging.Outbox;
using CampusG.Messaging.Transport;
using CampusG.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CampusG.Messaging.Tests.Support;

/// <summary>
/// A real host with two modules, "alpha" and "beta", each on its own SQLite file, wired exactly as
/// production modules are: outbox, relay, transport, inbox, dead letters.
/// </summary>
public sealed class MessagingHost : IAsyncDisposable
{
    private readonly IHost _host;

    private MessagingHost(IHost host) => _host = host;

    public IServiceProvider Services => _host.Services;

    public FaultPlan Plan => Services.GetRequiredService<FaultPlan>();

    public DeadLetterAdmin DeadLetters => Services.GetRequiredService<DeadLetterAdmin>();

    public IMessageTransport Transport => Services.GetRequiredService<IMessageTransport>();

    public static async Task<MessagingHost> StartAsync(
        string dataDirectory, Action<IServiceCollection>? useTransport = null, string endpointPrefix = "", FaultPlan? plan = null,
        IDictionary<string, string?>? settings = null)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["CampusG:DataDirectory"] = dataDirectory,
            ["Messaging:MaxAttempts"] = "3",
            ["Messaging:RetryBaseDelay"] = "00:00:00.005",
            ["Messaging:RetryMaxDelay"] = "00:00:00.050",
            ["Messaging:RelayPollInterval"] = "00:00:00.200",
        });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(plan ?? new FaultPlan());
        useTransport?.Invoke(builder.Services);
        builder.Services.AddCampusGMessaging(builder.Configuration);
        builder.Services.AddModuleDatabase<AlphaDb>(builder.Configuration, "alpha");
        builder.Services.AddMessageEndpoint<AlphaDb>(endpointPrefix + "alpha").Handle<Pinged, AlphaPingedHandler>();
        builder.Services.AddModuleDatabase<BetaDb>(builder.Configuration, "beta");
        builder.Services.AddMessageEndpoint<BetaDb>(endpointPrefix + "beta")
            .Handle<Pinged, BetaPingedHandler>()
            .Handle<Ponged, BetaPongedHandler>();
        builder.Services.AddModuleDatabase<GammaDb>(builder.Configuration, "gamma");
        builder.Services.AddMessageEndpoint<GammaDb>(endpointPrefix + "gamma").HandleAll<GammaRecorder>("test.#");
        var host = builder.Build();
        await host.StartAsync();
        return new MessagingHost(host);
    }

    /// <summary>Sends from alpha's outbox the way an API endpoint does: one commit with the state change.</summary>
    public async Task SendAsync<TMessage>(TMessage message, string correlationId)
        where TMessage : class
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AlphaDb>();
        scope.ServiceProvider.GetRequiredService<MessageOutbox<AlphaDb>>().Send(message, correlationId);
        await db.SaveChangesAsync();
    }

    public async Task<List<LedgerEntry>> LedgerAsync<TDb>()
        where TDb : LedgerDb
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TDb>().Ledger.AsNoTracking().OrderBy(e => e.Id).ToListAsync();
    }

    public async Task<List<OutboxMessage>> OutboxAsync<TDb>()
        where TDb : LedgerDb
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TDb>().Set<OutboxMessage>().AsNoTracking().ToListAsync();
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await _host.StopAsync(timeout.Token);
        _host.Dispose();
    }
}
