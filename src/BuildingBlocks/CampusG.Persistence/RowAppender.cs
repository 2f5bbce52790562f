using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Persistence;

/// <summary>Writes one row's column values, in the order of the columns given to <see cref="RowAppender"/>.</summary>
public delegate void RowValues<in TRow>(TRow row, Span<object?> values);

/// <summary>
/// Appends rows with multi-row <c>INSERT</c> statements on the context's connection and open transaction, untracked:
/// for append-only tables that code never reads back as entities (inbox, outbox, log lines). The parameters go through
/// EF Core's type mappings, so values are stored as its own saves store them.
/// </summary>
public static class RowAppender
{
    // PostgreSQL allows 65,535 parameters in a statement.
    private const int MaxParameters = 30_000;

    // SQLite finds each named parameter by a linear scan of the statement's names, so binding P parameters costs
    // O(P²) string comparisons: in the saga benchmark, statements of a few thousand parameters spent more on binding
    // than on inserting. Statements of about a hundred keep binding linear for a small cost in statements.
    private const int SqliteMaxParameters = 100;

    public static async Task AppendAsync<TRow>(
        DbContext db, string table, IReadOnlyList<string> columns, IReadOnlyList<TRow> rows, RowValues<TRow> values, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(values);
        var width = columns.Count;
        var head = $"INSERT INTO {table} ({string.Join(", ", columns.Select(column => $"\"{column}\""))}) VALUES ";
        var rowsPerStatement = Math.Max(1, (db.Database.IsSqlite() ? SqliteMaxParameters : MaxParameters) / width);
        for (var start = 0; start < rows.Count; start += rowsPerStatement)
        {
            var count = Math.Min(rowsPerStatement, rows.Count - start);
            var sql = new StringBuilder(head, head.Length + (count * width * 8));
            var parameters = new object?[count * width];
            for (var i = 0; i < count; i++)
            {
                var at = i * width;
                sql.Append(i == 0 ? "(" : ", (");
                for (var column = 0; column < width; column++)
                {
                    sql.Append(CultureInfo.InvariantCulture, $"{(column == 0 ? "" : ", ")}{{{at + column}}}");
                }

                sql.Append(')');
                values(rows[start + i], parameters.AsSpan(at, width));
            }

            await db.Database.ExecuteSqlRawAsync(sql.ToString(), parameters!, cancellationToken);
        }
    }
}
