using Microsoft.EntityFrameworkCore;

namespace CampusG.Persistence;

/// <summary>Embedded mode: one SQLite file per module (decision 005).</summary>
internal static class SqliteDatabase
{
    /// <summary>Checks the settings and makes the directory now; returns what configures each context.</summary>
    public static Action<DbContextOptionsBuilder> Configure(PersistenceOptions options, string module)
    {
        if (options.SqliteSynchronous.ToUpperInvariant() is not ("FULL" or "NORMAL" or "EXTRA"))
        {
            throw new InvalidOperationException(
                $"CampusG:SqliteSynchronous must be FULL, NORMAL or EXTRA, not '{options.SqliteSynchronous}'.");
        }

        var path = Path.GetFullPath(Path.Combine(options.DataDirectory, $"{module.ToLowerInvariant()}.db"));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var pragmas = new SqlitePragmas(options.SqliteSynchronous);
        return builder => builder
            .UseSqlite($"Data Source={path};Pooling=True;Default Timeout=30")
            .AddInterceptors(pragmas);
    }
}
