namespace CampusG.Sagas;

/// <summary>Configuration section <c>Sagas</c>.</summary>
internal sealed class SagasOptions
{
    public const string SectionName = "Sagas";

    /// <summary>How long a step waits for its reply before its command is re-sent.</summary>
    public TimeSpan StepTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The payment authorization step waits longer: the gateway retries transient errors for about 30 s.</summary>
    public TimeSpan PaymentStepTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How often a step's command is re-sent after a timeout before the step counts as failed.</summary>
    public int StepRetries { get; set; } = 3;

    /// <summary>How often the sweeper looks for sagas past their step deadline.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(1);
}
