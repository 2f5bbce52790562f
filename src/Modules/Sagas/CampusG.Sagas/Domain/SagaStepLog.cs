namespace CampusG.Sagas.Domain;

/// <summary>One line of a saga's history: the message (wire type) that arrived and what the saga did about it.</summary>
internal sealed class SagaStepLog
{
    public long Id { get; private init; }

    public Guid SagaId { get; private init; }

    public string Step { get; private init; } = "";

    public string Message { get; private init; } = "";

    public string Outcome { get; private init; } = "";

    public DateTime At { get; private init; }

    public static SagaStepLog Record(Guid sagaId, string step, string message, string outcome, DateTime at) => new()
    {
        SagaId = sagaId, Step = step, Message = message, Outcome = outcome, At = at,
    };
}
