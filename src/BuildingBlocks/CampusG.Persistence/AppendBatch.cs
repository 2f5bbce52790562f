using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Persistence;

/// <summary>Writes one row's column values, in the order of the columns given to <see cref="AppendBatch.Add{TRow}"/>.</summary>
public delegate void RowValues<in TRow>(TRow row, Span<object?> values);

/// <summary>
/// Rows for append-only tables that code never reads back as entities (inbox, outbox, log lines), collected and then
/// inserted with multi-row <c>INSERT</c> statements on the context's connection and open transaction, untracked. On
/// PostgreSQL all the statements go in one command (one round trip); on SQLite each runs on its own. The parameters go
/// through EF Core's type mappings, so values are stored as its own saves store them.
/// </summary>
public sealed class AppendBatch
{
    // PostgreSQL allows 65,535 parameters in a statement; a command (all its statements) stays under this.
    private const int MaxParameters = 30_000;

    // SQLite finds each named parameter by a linear scan of the statement's names, so binding P parameters costs
    // O(P²) string comparisons: in the saga benchmark, statements of a few thousand parameters spent more on binding
    // than on inserting. Statements of about a hundred keep binding linear for a small cost in statements.
    private const int SqliteMaxParameters = 100;

    private readonly List<IRows> _tables = [];

    /// <summary>Whether no rows were added.</summary>
    public bool IsEmpty => _tables.Count == 0;

    /// <summary>
    /// Adds <paramref name="rows"/> for <paramref name="table"/>, inserted in their order after the rows added before;
    /// <paramref name="onConflict"/> (e.g. <c>ON CONFLICT ("Id") DO NOTHING</c>) ends each statement. The table, column
    /// names and clause go into the SQL as they are: pass constants, never user input.
    /// </summary>
    public AppendBatch Add<TRow>(string table, IReadOnlyList<string> columns, IReadOnlyList<TRow> rows, RowValues<TRow> values, string? onConflict = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(table);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(values);
        if (rows.Count > 0)
        {
            var head = $"INSERT INTO {table} ({string.Join(", ", columns.Select(column => $"\"{column}\""))}) VALUES ";
            _tables.Add(new Rows<TRow>(Literal(head), columns.Count, rows, values, onConflict is null ? "" : " " + Literal(onConflict)));
        }

        return this;
    }

    /// <summary>Inserts every row added, then forgets them, also when an insert fails (the caller rolls its transaction back).</summary>
    public async Task ExecuteAsync(DbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        try
        {
            await InsertAsync(db, cancellationToken);
        }
        finally
        {
            _tables.Clear();
        }
    }

    // EF Core formats the SQL with the parameters' placeholders ({0}, {1}, …): braces of the statement's own text are doubled.
    private static string Literal(string sql) => sql.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal);

    private async Task InsertAsync(DbContext db, CancellationToken cancellationToken)
    {
        var sqlite = db.Database.IsSqlite();
        var limit = sqlite ? SqliteMaxParameters : MaxParameters;
        var sql = new StringBuilder();
        var parameters = new List<object?>();
        foreach (var table in _tables)
        {
            var rowsPerStatement = Math.Max(1, limit / table.Width);
            for (var start = 0; start < table.Count; start += rowsPerStatement)
            {
                var count = Math.Min(rowsPerStatement, table.Count - start);
                if (parameters.Count > 0 && (sqlite || parameters.Count + (count * table.Width) > limit))
                {
                    await RunAsync(db, sql, parameters, cancellationToken);
                }

                table.AppendStatement(sql, parameters, start, count);
            }
        }

        if (parameters.Count > 0)
        {
            await RunAsync(db, sql, parameters, cancellationToken);
        }
    }

    private static async Task RunAsync(DbContext db, StringBuilder sql, List<object?> parameters, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlRawAsync(sql.ToString(), parameters!, cancellationToken);
        sql.Clear();
        parameters.Clear();
    }

    private interface IRows
    {
        int Count { get; }

        int Width { get; }

        void AppendStatement(StringBuilder sql, List<object?> parameters, int start, int count);
    }

    private sealed class Rows<TRow>(string head, int width, IReadOnlyList<TRow> rows, RowValues<TRow> values, string tail) : IRows
    {
        public int Count => rows.Count;

        public int Width => width;

        public void AppendStatement(StringBuilder sql, List<object?> parameters, int start, int count)
        {
            if (sql.Length > 0)
            {
                sql.Append(";\n");
            }

            sql.Append(head);
            var row = new object?[width];
            for (var i = 0; i < count; i++)
            {
                sql.Append(i == 0 ? "(" : ", (");
                for (var column = 0; column < width; column++)
                {
                    sql.Append(CultureInfo.InvariantCulture, $"{(column == 0 ? "" : ", ")}{{{parameters.Count + column}}}");
                }

                sql.Append(')');
                values(rows[start + i], row);
                parameters.AddRange(row);
            }

            sql.Append(tail);
        }
    }
}
