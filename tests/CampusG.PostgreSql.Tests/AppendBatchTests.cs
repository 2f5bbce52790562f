using CampusG.Persistence;
using CampusG.Testing;
using Microsoft.EntityFrameworkCore;

namespace CampusG.PostgreSql.Tests;

/// <summary>On PostgreSQL an <see cref="AppendBatch"/> sends all its statements in one command: one round trip.</summary>
public sealed class AppendBatchTests : IAsyncLifetime
{
    private static readonly string[] LineColumns = ["Id", "Text"];
    private static readonly string[] TagColumns = ["Name"];

    private readonly TestDatabases _databases = new();
    private readonly CommandCounter _commands = new();
    private LinesDb _db = null!;

    public async Task InitializeAsync()
    {
        _db = new LinesDb(new DbContextOptionsBuilder<LinesDb>()
            .UseNpgsql(PostgresConnection.WithDefaults(_databases.ConnectionString("append")))
            .AddInterceptors(_commands)
            .Options);
        await _db.Database.EnsureCreatedAsync();
    }

    public async Task DisposeAsync()
    {
        await _db.DisposeAsync();
        await _databases.DisposeAsync();
    }

    [Fact]
    public async Task RowsOfSeveralTables_GoInOneCommand_InTheOrderAdded()
    {
        var lines = Enumerable.Range(1, 5).Select(i => (Guid.NewGuid(), $"line {i}")).ToList();
        await using var transaction = await _db.Database.BeginTransactionAsync();
        _commands.Reset();

        await new AppendBatch()
            .Add("lines", LineColumns, lines[..3], Line)
            .Add("tags", TagColumns, ["urgent", "late"], (name, values) => values[0] = name)
            .Add("lines", LineColumns, lines[3..], Line)
            .ExecuteAsync(_db, CancellationToken.None);

        Assert.Equal(1, _commands.Count);
        await transaction.CommitAsync();
        Assert.Equal(lines.Select(l => l.Item2), await _db.Lines.OrderBy(l => l.Seq).Select(l => l.Text).ToListAsync());
        Assert.Equal(["urgent", "late"], await _db.Tags.OrderBy(t => t.Seq).Select(t => t.Name).ToListAsync());
    }

    [Fact]
    public async Task RowsBeyondACommandsParameterCap_AreSplitAcrossCommands()
    {
        var lines = Enumerable.Range(1, 20_000).Select(i => (Guid.NewGuid(), $"line {i}")).ToList(); // 40,000 parameters, over the 30,000 a command takes
        _commands.Reset();

        await new AppendBatch().Add("lines", LineColumns, lines, Line).ExecuteAsync(_db, CancellationToken.None);

        Assert.Equal(2, _commands.Count);
        Assert.Equal(20_000, await _db.Lines.CountAsync());
        Assert.Equal("line 20000", (await _db.Lines.OrderByDescending(l => l.Seq).FirstAsync()).Text);
    }

    [Fact]
    public async Task ARowThatConflicts_IsSkipped_WhenTheBatchSaysSo()
    {
        var line = (Guid.NewGuid(), "first");
        await new AppendBatch().Add("lines", LineColumns, [line], Line).ExecuteAsync(_db, CancellationToken.None);

        await new AppendBatch()
            .Add("lines", LineColumns, [(line.Item1, "again"), (Guid.NewGuid(), "second")], Line, """ON CONFLICT ("Id") DO NOTHING""")
            .ExecuteAsync(_db, CancellationToken.None);

        Assert.Equal(["first", "second"], await _db.Lines.OrderBy(l => l.Seq).Select(l => l.Text).ToListAsync());
    }

    private static void Line((Guid Id, string Text) line, Span<object?> values)
    {
        values[0] = line.Id;
        values[1] = line.Text;
    }

    public sealed class LineRow
    {
        public Guid Id { get; set; }

        public string Text { get; set; } = "";

        public long Seq { get; set; }
    }

    public sealed class TagRow
    {
        public long Seq { get; set; }

        public string Name { get; set; } = "";
    }

    public sealed class LinesDb(DbContextOptions<LinesDb> options) : DbContext(options)
    {
        public DbSet<LineRow> Lines => Set<LineRow>();

        public DbSet<TagRow> Tags => Set<TagRow>();

        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            modelBuilder.Entity<LineRow>(e =>
            {
                e.ToTable("lines");
                e.HasKey(l => l.Id);
                e.Property(l => l.Seq).UseIdentityAlwaysColumn();
            });
            modelBuilder.Entity<TagRow>(e =>
            {
                e.ToTable("tags");
                e.HasKey(t => t.Seq);
                e.Property(t => t.Seq).UseIdentityAlwaysColumn();
            });
        }
    }
}
