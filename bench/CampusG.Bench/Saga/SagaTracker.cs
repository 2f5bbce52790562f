using System.Collections.Concurrent;
using System.Diagnostics;

namespace CampusG.Bench.Saga;

/// <summary>
/// Every order's timestamps (<see cref="Stopwatch"/> ticks): when it was due and submitted, when the API answered,
/// and when each message of the Create Order saga was first seen on the transport. Keyed by order id, because a
/// message can be seen before the API's answer reaches the driver. Nothing here touches a database.
/// </summary>
internal sealed class SagaTracker(int orders)
{
    private readonly int _orders = orders;

    /// <summary>The happy path of the Create Order saga for an errand (W1), in order: each is one relay publish.</summary>
    private static readonly string[] ErrandPath =
    [
        "order.created", "user.retrievePaymentInfo", "user.paymentInfoRetrieved", "payment.authorize", "payment.authorized",
        "escrow.holdFunds", "escrow.fundsHeld", "order.markCreated", "order.updated", "timer.start", "timer.started",
        "notification.send", "notification.sent",
    ];

    /// <summary>The menu workload's path: the reservation first, then the errand's steps to the customer's notice.</summary>
    private static readonly string[] MenuPath = ["order.created", "inventory.reserve", "inventory.reserved", .. ErrandPath[1..]];

    /// <summary>The path of the workload being run (set once, before anything is tracked).</summary>
    public static string[] Messages { get; private set; } = ErrandPath;

    /// <summary>The template of the notification that ends the saga's path: the customer is told the order is live.</summary>
    public static string CompletionTemplate { get; private set; } = "ORDER_CREATED";

    /// <summary>Switches to the menu workload (M1): ends at the customer's ORDER_PLACED notice.</summary>
    public static void UseMenuWorkload()
    {
        Messages = MenuPath;
        CompletionTemplate = "ORDER_PLACED";
        MessageIndex = Indexed(MenuPath);
        ObservedTypes = [.. MenuPath, Cancelled];
    }

    /// <summary>A saga that ends here did not reach CREATED.</summary>
    public const string Cancelled = "order.cancelled";

    private static Dictionary<string, int> MessageIndex = Indexed(ErrandPath);

    private readonly ConcurrentDictionary<Guid, OrderTrack> _tracks = new(concurrencyLevel: Environment.ProcessorCount * 2, capacity: orders);
    private readonly long[] _completions = new long[orders];
    private readonly TaskCompletionSource _allDone = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _submitted;
    private int _accepted;
    private int _rejected;
    private int _completed;
    private int _cancelled;
    private int _repeated;
    private int _submitting = 1;
    private int _shed;

    public int Orders => _orders;

    public static IReadOnlyList<string> ObservedTypes { get; private set; } = [.. ErrandPath, Cancelled];

    public int Submitted => Volatile.Read(ref _submitted);

    /// <summary>Orders the API accepted (201).</summary>
    public int Accepted => Volatile.Read(ref _accepted);

    /// <summary>Requests that failed (not 201, or an exception), the shed ones included.</summary>
    public int Rejected => Volatile.Read(ref _rejected);

    /// <summary>Requests the API refused with <c>503 OVERLOADED</c> (back-pressure): counted in <see cref="Rejected"/> too.</summary>
    public int Shed => Volatile.Read(ref _shed);

    public int Completed => Volatile.Read(ref _completed);

    public int CancelledCount => Volatile.Read(ref _cancelled);

    /// <summary>Messages of the path seen a second time for the same order (a step re-sent by the saga sweeper, a redelivery).</summary>
    public int Repeated => Volatile.Read(ref _repeated);

    /// <summary>Completes when every order submitted has completed, been cancelled or been rejected.</summary>
    public Task AllDone => _allDone.Task;

    public string? FirstError { get; private set; }

    public void Submitting() => Interlocked.Increment(ref _submitted);

    /// <summary>The API accepted order <paramref name="orderId"/>, the <paramref name="sequence"/>-th submitted.</summary>
    public void Accept(Guid orderId, int sequence, long dueAt, long submittedAt, long answeredAt)
    {
        var track = _tracks.GetOrAdd(orderId, static _ => new OrderTrack());
        track.Sequence = sequence;
        track.DueAt = dueAt;
        track.SubmittedAt = submittedAt;
        Volatile.Write(ref track.AnsweredAt, answeredAt);
        Interlocked.Increment(ref _accepted);
        Finish();
    }

    public void Reject(string error)
    {
        FirstError ??= error;
        Interlocked.Increment(ref _rejected);
        Finish();
    }

    /// <summary>The API shed the order (<c>503 OVERLOADED</c>): nothing was created.</summary>
    public void Shed503()
    {
        Interlocked.Increment(ref _shed);
        Interlocked.Increment(ref _rejected);
        Finish();
    }

    /// <summary>No more submissions will come (the driver is done).</summary>
    public void SubmissionsEnded()
    {
        Volatile.Write(ref _submitting, 0);
        Finish();
    }

    /// <summary>A message of the path was published for <paramref name="orderId"/>.</summary>
    /// <param name="isOrderCreatedNotification">For notification.sent: whether it is the one that ends the path (<see cref="CompletionTemplate"/>).</param>
    public void Saw(string type, Guid orderId, long at, bool isOrderCreatedNotification = true)
    {
        if (type == Cancelled)
        {
            var cancelled = _tracks.GetOrAdd(orderId, static _ => new OrderTrack());
            if (Interlocked.Exchange(ref cancelled.CancelledAt, at) == 0)
            {
                Interlocked.Increment(ref _cancelled);
                cancelled.Ended.TrySetResult();
                Finish();
            }

            return;
        }

        if (!MessageIndex.TryGetValue(type, out var index) || (index == Messages.Length - 1 && !isOrderCreatedNotification))
        {
            return;
        }

        var track = _tracks.GetOrAdd(orderId, static _ => new OrderTrack());
        if (Interlocked.CompareExchange(ref track.Seen[index], at, 0) != 0)
        {
            Interlocked.Increment(ref _repeated);
            return;
        }

        if (index == Messages.Length - 1)
        {
            _completions[Math.Min(Interlocked.Increment(ref _completed), _completions.Length) - 1] = at;
            track.Ended.TrySetResult();
            Finish();
        }
    }

    private static Dictionary<string, int> Indexed(string[] path) =>
        path.Select((type, index) => (type, index)).ToDictionary(p => p.type, p => p.index, StringComparer.Ordinal);

    /// <summary>Completes when order <paramref name="orderId"/>'s saga completed or was cancelled (possibly already).</summary>
    public Task Ended(Guid orderId) => _tracks.GetOrAdd(orderId, static _ => new OrderTrack()).Ended.Task;

    private void Finish()
    {
        if (Volatile.Read(ref _submitting) == 0 && Completed + CancelledCount + Rejected >= Submitted)
        {
            _allDone.TrySetResult();
        }
    }

    /// <summary>Completion times so far, ascending.</summary>
    public long[] CompletionTimes()
    {
        var copy = _completions[..Math.Min(Completed, _completions.Length)];
        Array.Sort(copy);
        return copy;
    }

    /// <summary>The accepted orders (a snapshot; read after the run).</summary>
    public IReadOnlyCollection<OrderTrack> Tracks => [.. _tracks.Values.Where(t => t.AnsweredAt != 0)];
}

/// <summary>One order's stamps; 0 means "not reached".</summary>
internal sealed class OrderTrack
{
    public int Sequence;
    public long DueAt;
    public long SubmittedAt;
    public long AnsweredAt;
    public long CancelledAt;
    public readonly long[] Seen = new long[SagaTracker.Messages.Length];
    public readonly TaskCompletionSource Ended = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public long CompletedAt => Seen[^1];
}
