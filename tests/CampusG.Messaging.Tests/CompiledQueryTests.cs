using CampusG.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Messaging.Tests;

/// <summary>
/// <see cref="CompiledQuery{TQuery}"/> answers for every model of a context type in the process, where EF's own
/// compiled query throws for any model but its first.
/// </summary>
public sealed class CompiledQueryTests : IDisposable
{
    private static readonly CompiledQuery<Func<NotesDb, string, CancellationToken, Task<Note?>>> ByTitle =
        new(() => EF.CompileAsyncQuery((NotesDb db, string title, CancellationToken cancellationToken) =>
            db.Notes.SingleOrDefault(n => n.Title == title)));

    private readonly SqliteConnection _first = new("Data Source=:memory:");
    private readonly SqliteConnection _second = new("Data Source=:memory:");

    [Fact]
    public async Task TwoModelsOfOneContextType_BothGetTheirAnswer()
    {
        await using var first = await NotesDb.CreateAsync(_first, "first");
        await using var second = await NotesDb.CreateAsync(_second, "second");
        Assert.NotSame(first.Model, second.Model);

        Assert.Equal("first", (await ByTitle.For(first)(first, "first", CancellationToken.None))?.Title);
        Assert.Equal("second", (await ByTitle.For(second)(second, "second", CancellationToken.None))?.Title);
        Assert.Null(await ByTitle.For(first)(first, "second", CancellationToken.None));
    }

    [Fact]
    public async Task EFsOwnCompiledQuery_RefusesASecondModel_WhichIsWhyItIsWrapped()
    {
        var plain = EF.CompileAsyncQuery((NotesDb db, string title, CancellationToken cancellationToken) =>
            db.Notes.SingleOrDefault(n => n.Title == title));
        await using var first = await NotesDb.CreateAsync(_first, "first");
        await using var second = await NotesDb.CreateAsync(_second, "second");

        Assert.Equal("first", (await plain(first, "first", CancellationToken.None))?.Title);
        await Assert.ThrowsAsync<InvalidOperationException>(() => plain(second, "second", CancellationToken.None));
    }

    public void Dispose()
    {
        _first.Dispose();
        _second.Dispose();
    }

    public sealed class Note
    {
        public int Id { get; set; }

        public string Title { get; set; } = "";
    }

    /// <summary>Without EF's service provider cache, every instance builds a model of its own, as separate hosts can.</summary>
    public sealed class NotesDb(DbContextOptions<NotesDb> options) : DbContext(options)
    {
        public DbSet<Note> Notes => Set<Note>();

        public static async Task<NotesDb> CreateAsync(SqliteConnection connection, string title)
        {
            var db = new NotesDb(new DbContextOptionsBuilder<NotesDb>().UseSqlite(connection).EnableServiceProviderCaching(false).Options);
            await db.Database.OpenConnectionAsync();
            await db.Database.EnsureCreatedAsync();
            db.Notes.Add(new Note { Title = title });
            await db.SaveChangesAsync();
            return db;
        }
    }
}
