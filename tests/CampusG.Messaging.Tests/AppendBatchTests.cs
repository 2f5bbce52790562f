using CampusG.Persistence;
using Microsoft.Data.Sqlite;
using CampusG.Testing;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Messaging.Tests;

/// <summary>
/// On SQLite an <see cref="AppendBatch"/> runs its statements one by one, each of about a hundred parameters at most
/// (SQLite binds a named parameter by a linear scan), in the order the rows were added.
/// </summary>
public sealed class AppendBatchTests : IAsyncLifetime
{
    private static readonly string[] LineColumns = ["Id", "Text", "Kind"];

    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly CommandCounter _commands = new();
    private LinesDb _db = null!;

    public async Task InitializeAsync()
    {
        await _connection.OpenAsync();
        _db = new LinesDb(new DbContextOptionsBuilder<LinesDb>().UseSqlite(_connection).AddInterceptors(_commands).Options);
        await _db.Database.EnsureCreatedAsync();
    }

    public async Task DisposeAsync()
    {
        await _db.DisposeAsync();
        await _connection.DisposeAsync();
    }

    [Fact]
    public async Task Rows_GoInStatementsOfAtMostAHundredParameters_InTheOrderAdded()
    {
        var first = Lines(70, "a"); // 33 rows of 3 columns fit in a statement: 3 statements
        var second = Lines(2, "b");
        _commands.Reset();

        await new AppendBatch()
            .Add("lines", LineColumns, first, Line)
            .Add("lines", LineColumns, second, Line)
            .ExecuteAsync(_db, CancellationToken.None);

        Assert.Equal(4, _commands.Count);
        Assert.Equal(first.Concat(second).Select(l => l.Text), await _db.Lines.OrderBy(l => l.Seq).Select(l => l.Text).ToListAsync());
    }

    [Fact]
    public async Task ARowThatConflicts_IsSkipped_WhenTheBatchSaysSo()
    {
        var line = Lines(1, "a")[0];
        var batch = new AppendBatch().Add("lines", LineColumns, [line], Line);
        await batch.ExecuteAsync(_db, CancellationToken.None);
        Assert.True(batch.IsEmpty); // a batch forgets its rows once they are in

        await batch
            .Add("lines", LineColumns, [line with { Text = "again" }, .. Lines(1, "b")], Line, """ON CONFLICT ("Id") DO NOTHING""")
            .ExecuteAsync(_db, CancellationToken.None);

        Assert.Equal([line.Text, "b 1"], await _db.Lines.OrderBy(l => l.Seq).Select(l => l.Text).ToListAsync());
    }

    [Fact]
    public async Task BracesInTheStatementsOwnText_AreNotTakenForParameters()
    {
        await _db.Database.ExecuteSqlRawAsync("""CREATE TABLE "odd{{table}}" ("we{{ir}}d" TEXT NOT NULL)"""); // EF formats raw SQL

        await new AppendBatch()
            .Add("\"odd{table}\"", ["we{ir}d"], ["{0}", "}{"], (text, values) => values[0] = text)
            .ExecuteAsync(_db, CancellationToken.None);

        Assert.Equal(["{0}", "}{"], await _db.Database.SqlQueryRaw<string>("""SELECT "we{{ir}}d" AS "Value" FROM "odd{{table}}" ORDER BY rowid""").ToListAsync());
    }

    private static List<LineRow> Lines(int count, string kind) =>
        [.. Enumerable.Range(1, count).Select(i => new LineRow { Id = Guid.NewGuid(), Text = $"{kind} {i}", Kind = kind })];

    private static void Line(LineRow line, Span<object?> values)
    {
        values[0] = line.Id;
        values[1] = line.Text;
        values[2] = line.Kind;
    }

    public sealed record LineRow
    {
        public Guid Id { get; set; }

        public string Text { get; set; } = "";

        public string Kind { get; set; } = "";

        public long Seq { get; set; }
    }

    public sealed class LinesDb(DbContextOptions<LinesDb> options) : DbContext(options)
    {
        public DbSet<LineRow> Lines => Set<LineRow>();

        protected override void OnModelCreating(ModelBuilder modelBuilder) =>
            modelBuilder.Entity<LineRow>(e =>
            {
                e.ToTable("lines");
                e.HasKey(l => l.Seq);
                e.HasIndex(l => l.Id).IsUnique();
            });
    }
}
