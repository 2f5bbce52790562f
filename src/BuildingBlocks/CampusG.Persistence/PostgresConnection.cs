using System.Data.Common;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace CampusG.Persistence;

/// <summary>Distributed mode: which PostgreSQL database a module uses (one per module, decision 014).</summary>
public static class PostgresConnection
{
    /// <summary>
    /// <c>ConnectionStrings:{module}</c> when set, else <c>ConnectionStrings:PostgreSql</c> (the server) with
    /// database <c>campusg_{module}</c>; either way with <see cref="WithDefaults"/>.
    /// </summary>
    public static string For(IConfiguration configuration, string module)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentException.ThrowIfNullOrEmpty(module);
        if (configuration.GetConnectionString(module) is { Length: > 0 } own)
        {
            return WithDefaults(own);
        }

        var server = configuration.GetConnectionString("PostgreSql");
        if (string.IsNullOrEmpty(server))
        {
            throw new InvalidOperationException(
                $"Distributed mode needs ConnectionStrings:{module} or ConnectionStrings:PostgreSql.");
        }

        return WithDefaults(new NpgsqlConnectionStringBuilder(server) { Database = $"campusg_{module.ToLowerInvariant()}" }.ConnectionString);
    }

    /// <summary>
    /// Statements a connection runs often are prepared on the server (Npgsql's automatic preparation, up to
    /// <see cref="AutoPreparedStatements"/> per connection): a module runs the same few dozen statements for every
    /// message, and without preparation PostgreSQL parsed and planned each one every time, a third of its CPU in
    /// the saga benchmark (decision 033). A connection string that sets <c>Max Auto Prepare</c> itself keeps its value.
    /// </summary>
    public static string WithDefaults(string connectionString)
    {
        // Npgsql's builder answers every keyword it knows; the plain one holds only what the string says.
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!given.ContainsKey("Max Auto Prepare") && !given.ContainsKey("MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = AutoPreparedStatements;
        }

        return builder.ConnectionString;
    }

    /// <summary>How many statements each connection keeps prepared unless its connection string says otherwise.</summary>
    public const int AutoPreparedStatements = 64;
}
