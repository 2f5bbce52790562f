namespace CampusG.Bench.Measurement;

/// <summary>The points in a chain's life that the benchmark timestamps.</summary>
internal enum Stage
{
    /// <summary>The producer is about to call SaveChanges (also carried in the payload).</summary>
    Sent,

    /// <summary>The producer's transaction (order row + outbox row) committed.</summary>
    OrderCommitted,

    /// <summary>The orders relay read the row and handed it to the transport.</summary>
    OrderDispatched,

    /// <summary>The transport accepted it (in process: every subscriber committed it).</summary>
    OrderPublished,

    PaymentsHandled,
    PaymentsCommitted,
    CaptureDispatched,
    CapturePublished,
    TrackingOrderHandled,
    TrackingOrderCommitted,
    TrackingCaptureHandled,
    TrackingCaptureCommitted,
}

internal static class StageExtensions
{
    public const int TerminalCount = 3;

    /// <summary>A handler commit; a chain is complete once all of them are recorded.</summary>
    public static bool IsTerminal(this Stage stage) =>
        stage is Stage.PaymentsCommitted or Stage.TrackingOrderCommitted or Stage.TrackingCaptureCommitted;
}
