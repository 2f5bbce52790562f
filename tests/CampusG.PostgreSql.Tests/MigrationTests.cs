using System.Net;
using CampusG.Testing;

namespace CampusG.PostgreSql.Tests;

public sealed class MigrationTests : IAsyncLifetime
{
    private static readonly string[] ModuleDatabases = ["users", "orders", "payments", "escrow", "sagas", "timers", "tracking", "notifications", "restaurants", "inventory", "riders", "receipts"];

    private readonly TestDatabases _databases = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _databases.DisposeAsync();

    [Fact]
    public async Task EveryModule_CreatesAndMigratesItsOwnDatabase_OnAFreshServer()
    {
        await using (var host = await PostgresHost.StartAsync(_databases, modules: null))
        {
            using var ready = await host.Client.GetAsync(new Uri("/health/ready", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        }

        foreach (var module in ModuleDatabases)
        {
            var applied = await _databases.ScalarAsync<long>(
                module, """SELECT count(*) FROM "__EFMigrationsHistory" WHERE "MigrationId" LIKE '%\_InitialPostgres'""");
            Assert.True(applied == 1, $"{module}: InitialPostgres applied {applied} times");
        }
    }

    [Fact]
    public async Task TwoHostsStartingTogether_OnEmptyDatabases_BothBecomeReady()
    {
        var starts = await Task.WhenAll(
            PostgresHost.StartAsync(_databases, "Orders,Timers"), PostgresHost.StartAsync(_databases, "Orders,Timers"));
        foreach (var host in starts)
        {
            await using (host)
            {
                using var ready = await host.Client.GetAsync(new Uri("/health/ready", UriKind.Relative));
                Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            }
        }

        Assert.Equal(1L, await _databases.ScalarAsync<long>("timers", """SELECT count(*) FROM "__EFMigrationsHistory" """));
    }
}
