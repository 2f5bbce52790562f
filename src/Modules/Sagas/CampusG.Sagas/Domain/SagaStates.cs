namespace CampusG.Sagas.Domain;

/// <summary>Where a saga instance stands; COMPLETED, COMPENSATED and FAILED are terminal.</summary>
internal static class SagaStates
{
    public const string Running = "RUNNING";
    public const string Completed = "COMPLETED";
    public const string Compensating = "COMPENSATING";
    public const string Compensated = "COMPENSATED";
    public const string Failed = "FAILED";

    public static IReadOnlyList<string> All { get; } = [Running, Completed, Compensating, Compensated, Failed];

    /// <summary>States in which a step waits for a reply (and so has a deadline).</summary>
    public static bool IsActive(string state) => state is Running or Compensating;

    /// <summary>States that never change again: replies to such a saga are dropped without a step-log line.</summary>
    public static bool IsTerminal(string state) => state is Completed or Compensated or Failed;
}
