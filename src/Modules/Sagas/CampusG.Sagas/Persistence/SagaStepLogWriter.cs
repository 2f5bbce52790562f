using CampusG.Persistence;
using CampusG.Sagas.Domain;

namespace CampusG.Sagas.Persistence;

/// <summary>Appends step-log lines with multi-row statements on the caller's transaction, untracked.</summary>
internal static class SagaStepLogWriter
{
    private static readonly string[] Columns = ["SagaId", "Step", "Message", "Outcome", "At"];

    public static Task AppendAsync(SagasDbContext db, IReadOnlyList<SagaStepLog> lines, CancellationToken cancellationToken) =>
        RowAppender.AppendAsync(db, "saga_step_logs", Columns, lines, (line, values) =>
        {
            values[0] = line.SagaId;
            values[1] = line.Step;
            values[2] = line.Message;
            values[3] = line.Outcome;
            values[4] = line.At;
        }, cancellationToken);
}
