namespace CampusG.Sagas.Domain;

/// <summary>
/// One saga run, keyed by (<see cref="Type"/>, <see cref="CorrelationId"/>). <see cref="Data"/> is the
/// saga's typed state as JSON; the other columns mirror it for queries. Every change bumps
/// <see cref="Version"/>, the concurrency token, so two writers never both win.
/// </summary>
internal sealed class SagaInstance
{
    public Guid Id { get; private init; }

    public string Type { get; private init; } = "";

    public string CorrelationId { get; private init; } = "";

    public string State { get; private set; } = SagaStates.Running;

    public string CurrentStep { get; private set; } = "";

    public string Data { get; private set; } = "{}";

    public int Version { get; private set; }

    public DateTime CreatedAt { get; private init; }

    public DateTime UpdatedAt { get; private set; }

    public DateTime? StepDeadline { get; private set; }

    public int StepAttempts { get; private set; }

    public static SagaInstance Start(string type, string correlationId, DateTime now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Type = type,
        CorrelationId = correlationId,
        CreatedAt = now,
        UpdatedAt = now,
    };

    public void Update(SagaSnapshot snapshot, string data, DateTime? stepDeadline, DateTime now)
    {
        State = snapshot.State;
        CurrentStep = snapshot.Step;
        StepAttempts = snapshot.Attempts;
        Data = data;
        StepDeadline = SagaStates.IsActive(snapshot.State) ? stepDeadline : null;
        UpdatedAt = now;
        Version++;
    }

    /// <summary>Moves the step's deadline without touching its state (its command is still on the way).</summary>
    public void Postpone(DateTime stepDeadline, DateTime now)
    {
        StepDeadline = stepDeadline;
        UpdatedAt = now;
        Version++;
    }
}

/// <summary>The columns of a saga's typed state that the engine stores beside its JSON.</summary>
internal readonly record struct SagaSnapshot(string State, string Step, int Attempts);
