using System.Diagnostics;

namespace CampusG.Bench.Peer;

/// <summary>
/// The benchmark's receiver of <see cref="NotificationSent"/> (CampusG's bench observes the same message on its
/// transport): a saga's end is when its ORDER_CREATED notification is sent. Distributed, it handles the copy sent to
/// the driver's process; embedded, the saga calls it as it receives the message.
/// </summary>
public static class CompletionObserver
{
    private static volatile PeerTracker? _tracker;

    /// <summary>The tracker that gets the stamps from now on (the warm-up has its own).</summary>
    public static PeerTracker? Tracker
    {
        get => _tracker;
        set => _tracker = value;
    }

    public static void Handle(NotificationSent message)
    {
        ArgumentNullException.ThrowIfNull(message);
        _tracker?.Complete(message.OrderId, Stopwatch.GetTimestamp());
    }
}
