using Microsoft.Data.Sqlite;

namespace CampusG.Auth.Sessions;

/// <summary>
/// Sessions in <c>{DataDirectory}/sessions.db</c>. Every check reads the file (a primary-key look-up, no cache), so
/// processes sharing the data directory see each other's sign-outs at once.
/// </summary>
internal sealed class SqliteSessionStore : ISessionStore
{
    private readonly string _connectionString;
    private readonly TimeProvider _time;

    public SqliteSessionStore(string dataDirectory, TimeProvider time)
    {
        _time = time;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(dataDirectory, "sessions.db"), Pooling = true, DefaultTimeout = 30,
        }.ToString();
        Execute(
            """
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS sessions (id TEXT PRIMARY KEY, user_id TEXT NOT NULL, expires_at INTEGER NOT NULL) WITHOUT ROWID;
            DELETE FROM sessions WHERE expires_at <= $now;
            """,
            ("$now", Now()));
    }

    public Task StartAsync(Guid sessionId, Guid userId, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        Execute(
            "INSERT OR REPLACE INTO sessions (id, user_id, expires_at) VALUES ($id, $user, $expires)",
            ("$id", sessionId.ToString()), ("$user", userId.ToString()), ("$expires", expiresAt.ToUnixTimeMilliseconds()));
        return Task.CompletedTask;
    }

    public ValueTask<bool> IsActiveAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1 FROM sessions WHERE id = $id AND expires_at > $now";
        command.Parameters.AddWithValue("$id", sessionId.ToString());
        command.Parameters.AddWithValue("$now", Now());
        return ValueTask.FromResult(command.ExecuteScalar() is not null);
    }

    public Task EndAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        Execute("DELETE FROM sessions WHERE id = $id OR expires_at <= $now", ("$id", sessionId.ToString()), ("$now", Now()));
        return Task.CompletedTask;
    }

    private long Now() => _time.GetUtcNow().ToUnixTimeMilliseconds();

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }

    private void Execute(string sql, params (string Name, object Value)[] parameters)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        command.ExecuteNonQuery();
    }
}
