using CampusG.Messaging.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CampusG.Messaging.Tests;

/// <summary>A module's SQLite connections keep their settings however often the pool hands them out.</summary>
public sealed class SqliteSettingsTests : IDisposable
{
    private readonly TempDirectory _data = new();

    [Fact]
    public async Task EveryLeasedContext_RunsWithFullSync_ForeignKeys_AndABusyTimeout()
    {
        await using var host = await MessagingHost.StartAsync(_data.Path);

        for (var lease = 0; lease < 3; lease++)
        {
            await using var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AlphaDb>();
            Assert.Equal(2, await PragmaAsync(db, "PRAGMA synchronous")); // FULL
            Assert.Equal(1, await PragmaAsync(db, "PRAGMA foreign_keys"));
            Assert.Equal(5000, await PragmaAsync(db, "PRAGMA busy_timeout"));
        }
    }

    public void Dispose() => _data.Dispose();

    private static async Task<long> PragmaAsync(DbContext db, string pragma) =>
        (await db.Database.SqlQueryRaw<long>(pragma).ToListAsync()).Single();
}
