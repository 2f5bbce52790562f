using CampusG.Auth;
using Npgsql;

namespace CampusG.PostgreSql.Tests;

/// <summary>
/// One test's PostgreSQL databases, one per module, under a random prefix so parallel tests (and other
/// people's) never share one; all dropped on dispose. The server is <c>CAMPUSG_TEST_POSTGRES</c>.
/// </summary>
internal sealed class TestDatabases : IAsyncDisposable
{
    /// <summary>Every module database a host may open (the probe is the tests' message recorder).</summary>
    private static readonly string[] Modules =
        ["users", "orders", "payments", "escrow", "sagas", "timers", "tracking", "notifications", "restaurants", "inventory", "riders", "receipts", "probe"];

    private readonly string _prefix = $"campusg_t{Guid.NewGuid():N}"[..21];

    /// <summary>A distributed process takes its signing key from configuration only; one per test, so a restarted host keeps it.</summary>
    private readonly string _signingKey = SigningKey.Generate();

    public static string Server =>
        Environment.GetEnvironmentVariable("CAMPUSG_TEST_POSTGRES") is { Length: > 0 } server
            ? server
            : "Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres";

    public string Name(string module) => $"{_prefix}_{module}";

    public string ConnectionString(string module) =>
        new NpgsqlConnectionStringBuilder(Server) { Database = Name(module) }.ConnectionString;

    /// <summary>
    /// Distributed mode's storage and signing key, with <c>ConnectionStrings:{module}</c> pointing at this test's databases, and the
    /// in-process transport: these tests are about PostgreSQL, the broker has its own.
    /// </summary>
    public void AddTo(IDictionary<string, string> configuration)
    {
        configuration["CampusG:Mode"] = "Distributed";
        configuration["Messaging:Transport"] = "InProcess";
        configuration.TryAdd(SigningKey.ConfigurationKey, _signingKey);
        foreach (var module in Modules)
        {
            configuration[$"ConnectionStrings:{module}"] = ConnectionString(module);
        }
    }

    public async Task<T> ScalarAsync<T>(string module, string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(ConnectionString(module));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        return (T)(await command.ExecuteScalarAsync())!;
    }

    public async Task<int> ExecuteAsync(string module, string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(ConnectionString(module));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        return await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Server) { Database = "postgres" }.ConnectionString);
        await connection.OpenAsync();
        var names = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT datname FROM pg_database WHERE starts_with(datname, $1)", connection))
        {
            list.Parameters.Add(new NpgsqlParameter { Value = _prefix });
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                names.Add(reader.GetString(0));
            }
        }

        foreach (var name in names)
        {
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
