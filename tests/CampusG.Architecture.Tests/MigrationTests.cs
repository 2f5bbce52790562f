using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CampusG.Architecture.Tests;

/// <summary>
/// Each module's migrations, for SQLite and for PostgreSQL, describe its model exactly: a model change without its
/// migration (in either set) fails here, not on a user's first start.
/// </summary>
public sealed class MigrationTests
{
    private static readonly List<Assembly> Modules = [.. ModuleRules.ClosureOf(typeof(Program).Assembly)
        .Where(a => ModuleRules.KindOf(a.GetName().Name) == ModuleRules.Kind.Module)];

    public static TheoryData<string, string> Contexts()
    {
        var data = new TheoryData<string, string>();
        foreach (var module in Modules)
        {
            foreach (var factory in Factories(module))
            {
                data.Add(module.GetName().Name!, ContextType(factory).Name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Contexts))]
    public void TheMigrations_MatchTheModel(string module, string context)
    {
        var factory = Factories(Modules.Single(a => a.GetName().Name == module)).Single(f => ContextType(f).Name == context);

        using var db = Create(factory);

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), $"{context} has model changes without a migration");
    }

    [Fact]
    public void EveryModuleWithADatabase_HasItsSqliteAndPostgresFactories()
    {
        var withDatabase = Modules.Where(a => a.GetTypes().Any(t => t.IsSubclassOf(typeof(DbContext)))).ToList();

        Assert.Equal(12, withDatabase.Count);
        Assert.All(withDatabase, a => Assert.Equal(
            ["PostgresDbContext", "SqlDbContext"],
            Factories(a).Select(f => ContextType(f).Name.EndsWith("PostgresDbContext", StringComparison.Ordinal) ? "PostgresDbContext" : "SqlDbContext").Order()));
    }

    [Fact]
    public void AModelChangeWithoutAMigration_IsCaught()
    {
        using var db = new UnmigratedContext();

        Assert.True(db.Database.HasPendingModelChanges());
    }

    private static IEnumerable<Type> Factories(Assembly module) => module.GetTypes()
        .Where(t => !t.IsAbstract && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDesignTimeDbContextFactory<>)));

    private static Type ContextType(Type factory) =>
        factory.GetInterfaces().Single(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDesignTimeDbContextFactory<>)).GetGenericArguments()[0];

    private static DbContext Create(Type factory) =>
        (DbContext)factory.GetMethod("CreateDbContext")!.Invoke(Activator.CreateInstance(factory, nonPublic: true), [Array.Empty<string>()])!;

    /// <summary>A model with a table and no migration at all.</summary>
    private sealed class UnmigratedContext : DbContext
    {
        public DbSet<Row> Rows => Set<Row>();

        protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.UseSqlite("Data Source=:memory:");
    }

    private sealed record Row(int Id);
}
