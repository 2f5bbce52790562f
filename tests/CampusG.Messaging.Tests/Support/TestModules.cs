using CampusG.Messaging;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Messaging.Tests.Support;

[Message("test.pinged")]
public sealed record Pinged(string Key, int Sequence);

[Message("test.ponged")]
public sealed record Ponged(string Key);

/// <summary>A row per applied message: the state change the tests count.</summary>
public sealed class LedgerEntry
{
    public long Id { get; set; }

    public required string Handler { get; set; }

    public required string Key { get; set; }

    public int Sequence { get; set; }

    public Guid MessageId { get; set; }

    /// <summary>Beta's rows for the same key the handler found before adding this one.</summary>
    public int Earlier { get; set; }

    /// <summary>Entities the change tracker held when the handler started.</summary>
    public int Tracked { get; set; }
}

public abstract class LedgerDb(DbContextOptions options) : DbContext(options)
{
    public DbSet<LedgerEntry> Ledger => Set<LedgerEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddMessagingTables();
        modelBuilder.Entity<LedgerEntry>().ToTable("ledger");
    }
}

public sealed class AlphaDb(DbContextOptions<AlphaDb> options) : LedgerDb(options);

public sealed class BetaDb(DbContextOptions<BetaDb> options) : LedgerDb(options);

public sealed class GammaDb(DbContextOptions<GammaDb> options) : LedgerDb(options);
