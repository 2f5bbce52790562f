using Microsoft.Extensions.Configuration;
using Npgsql;

namespace CampusG.Persistence;

/// <summary>Distributed mode: which PostgreSQL database a module uses (one per module, decision 014).</summary>
public static class PostgresConnection
{
    /// <summary>
    /// <c>ConnectionStrings:{module}</c> when set, else <c>ConnectionStrings:PostgreSql</c> (the server) with
    /// database <c>campusg_{module}</c>.
    /// </summary>
    public static string For(IConfiguration configuration, string module)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentException.ThrowIfNullOrEmpty(module);
        if (configuration.GetConnectionString(module) is { Length: > 0 } own)
        {
            return own;
        }

        var server = configuration.GetConnectionString("PostgreSql");
        if (string.IsNullOrEmpty(server))
        {
            throw new InvalidOperationException(
                $"Distributed mode needs ConnectionStrings:{module} or ConnectionStrings:PostgreSql.");
        }

        return new NpgsqlConnectionStringBuilder(server) { Database = $"campusg_{module.ToLowerInvariant()}" }.ConnectionString;
    }
}
