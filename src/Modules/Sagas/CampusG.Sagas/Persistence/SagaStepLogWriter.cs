using System.Globalization;
using System.Text;
using CampusG.Sagas.Domain;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Sagas.Persistence;

/// <summary>Appends step-log lines with multi-row statements on the caller's transaction, untracked.</summary>
internal static class SagaStepLogWriter
{
    private const int ColumnsPerRow = 5;

    // SQLite allows 32,766 parameters in a statement, PostgreSQL 65,535.
    private const int RowsPerStatement = 1000;

    public static async Task AppendAsync(SagasDbContext db, IReadOnlyList<SagaStepLog> lines, CancellationToken cancellationToken)
    {
        for (var start = 0; start < lines.Count; start += RowsPerStatement)
        {
            var count = Math.Min(RowsPerStatement, lines.Count - start);
            var sql = new StringBuilder(
                "INSERT INTO saga_step_logs (\"SagaId\", \"Step\", \"Message\", \"Outcome\", \"At\") VALUES ", 100 + (count * 40));
            var values = new object[count * ColumnsPerRow];
            for (var i = 0; i < count; i++)
            {
                var line = lines[start + i];
                var at = i * ColumnsPerRow;
                sql.Append(CultureInfo.InvariantCulture, $"{(i == 0 ? "" : ", ")}({{{at}}}, {{{at + 1}}}, {{{at + 2}}}, {{{at + 3}}}, {{{at + 4}}})");
                (values[at], values[at + 1], values[at + 2], values[at + 3], values[at + 4]) = (line.SagaId, line.Step, line.Message, line.Outcome, line.At);
            }

            await db.Database.ExecuteSqlRawAsync(sql.ToString(), values, cancellationToken);
        }
    }
}
