namespace CampusG.Messaging;

/// <summary>Delivery settings shared by every module's relay and endpoint (configuration section <c>Messaging</c>).</summary>
public sealed class MessagingOptions
{
    public const string SectionName = "Messaging";

    /// <summary>How often a handler is tried before its message is dead-lettered.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>First retry delay; each later one doubles, with ±25 % jitter, up to <see cref="RetryMaxDelay"/>.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(100);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Most outbox rows one relay pass hands to the transport.</summary>
    public int RelayBatchSize { get; set; } = 256;

    /// <summary>
    /// Most outbox rows one relay has with the transport at once: it goes on reading and sending while earlier batches
    /// are still being handled (in process) or confirmed (by a broker), so one slow subscriber does not stall the rest.
    /// </summary>
    public int RelayMaxInFlight { get; set; } = 1024;

    /// <summary>The relay's safety net: commits nudge it at once; this poll catches anything a nudge missed.</summary>
    public TimeSpan RelayPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Most messages an endpoint handles in one transaction.</summary>
    public int ConsumerBatchSize { get; set; } = 128;

    /// <summary>How long published outbox rows and inbox records are kept before clean-up.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(1);
}
