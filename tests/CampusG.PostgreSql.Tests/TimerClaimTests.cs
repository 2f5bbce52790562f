using CampusG.Testing;
using CampusG.Timers.Contracts;

namespace CampusG.PostgreSql.Tests;

/// <summary>Several timer workers on one database claim due timers with SKIP LOCKED and fire each once.</summary>
public sealed class TimerClaimTests : IAsyncLifetime
{
    private const int Timers = 200;

    private readonly TestDatabases _databases = new();

    private readonly List<CampusGHost> _hosts = [];

    public async Task InitializeAsync()
    {
        // Small batches and short waits: the two workers take many turns against each other.
        (string, string)[] settings = [("Timers:BatchSize", "10"), ("Timers:MaxWait", "00:00:00.100")];
        _hosts.Add(await PostgresHost.StartAsync(_databases, "Timers", settings));
        _hosts.Add(await PostgresHost.StartAsync(_databases, "Timers", settings));
    }

    public async Task DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }

        await _databases.DisposeAsync();
    }

    [Fact]
    public async Task TwoWorkers_OnOneDatabase_FireEveryDueTimerExactlyOnce()
    {
        var dueAt = DateTime.UtcNow.AddMinutes(-1);
        var inserted = await _databases.ExecuteAsync(
            "timers",
            """
            INSERT INTO timers ("Id", "OrderId", "Purpose", "DueAt", "Status", "CreatedAt", "UpdatedAt")
            SELECT gen_random_uuid(), gen_random_uuid(), 'test', $1, $2, $1, $1 FROM generate_series(1, $3)
            """,
            dueAt, TimerStatuses.Scheduled, Timers);
        Assert.Equal(Timers, inserted);

        await Eventually.TrueAsync(
            async () => await CountAsync($"""SELECT count(*) FROM timers WHERE "Status" = '{TimerStatuses.Fired}'""") == Timers,
            TimeSpan.FromSeconds(60),
            $"all {Timers} timers FIRED");

        // Firing and its TimerFired commit together, so one fire per timer means one message per timer.
        Assert.Equal(Timers, await CountAsync("""SELECT count(*) FROM outbox_messages WHERE "Type" = 'timer.fired'"""));
        Assert.Equal(Timers, await CountAsync(
            """SELECT count(DISTINCT ("Payload"::jsonb ->> 'timerId')) FROM outbox_messages WHERE "Type" = 'timer.fired'"""));
    }

    private async Task<long> CountAsync(string sql) => await _databases.ScalarAsync<long>("timers", sql);
}
