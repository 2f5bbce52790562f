using CampusG.Persistence;
using CampusG.Sagas.Domain;

namespace CampusG.Sagas.Persistence;

/// <summary>Adds step-log lines to the multi-row statements run before a handler's commit, untracked.</summary>
internal static class SagaStepLogWriter
{
    private static readonly string[] Columns = ["SagaId", "Step", "Message", "Outcome", "At"];

    public static void Add(AppendBatch batch, IReadOnlyList<SagaStepLog> lines) =>
        batch.Add("saga_step_logs", Columns, lines, (line, values) =>
        {
            values[0] = line.SagaId;
            values[1] = line.Step;
            values[2] = line.Message;
            values[3] = line.Outcome;
            values[4] = line.At;
        });
}
