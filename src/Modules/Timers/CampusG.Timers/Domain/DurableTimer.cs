using CampusG.Timers.Contracts;

namespace CampusG.Timers.Domain;

/// <summary>
/// A durable timer (named so to stay clear of <see cref="System.Threading.Timer"/>). It leaves
/// SCHEDULED once, to FIRED, STOPPED or CANCELLED; every later move is ignored.
/// </summary>
internal sealed class DurableTimer
{
    public Guid Id { get; private init; }

    public Guid OrderId { get; private init; }

    public string Purpose { get; private init; } = "";

    public DateTime DueAt { get; private init; }

    public string Status { get; private set; } = TimerStatuses.Scheduled;

    public DateTime CreatedAt { get; private init; }

    public DateTime? FiredAt { get; private set; }

    /// <summary>When the timer left SCHEDULED, whichever way.</summary>
    public DateTime? EndedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public static DurableTimer Start(Guid id, Guid orderId, string purpose, DateTime dueAt, DateTime now) => new()
    {
        Id = id,
        OrderId = orderId,
        Purpose = purpose,
        DueAt = dueAt,
        CreatedAt = now,
        UpdatedAt = now,
    };

    /// <summary>
    /// A stop or cancel that arrived before its timer's start (or for a timer that was never started): the timer is
    /// recorded as ended, so a start that comes later schedules nothing, and the stop or cancel gets its reply.
    /// </summary>
    public static DurableTimer EndedBeforeStart(Guid id, Guid orderId, string status, DateTime now)
    {
        var timer = Start(id, orderId, NeverStartedPurpose, now, now);
        timer.End(status, now);
        return timer;
    }

    /// <summary>The purpose recorded for <see cref="EndedBeforeStart"/>; a later start's reply carries its own.</summary>
    public const string NeverStartedPurpose = "(ended before it started)";

    public bool IsDue(DateTime now) => Status == TimerStatuses.Scheduled && DueAt <= now;

    /// <summary>Returns true only when this call fired the timer.</summary>
    public bool Fire(DateTime now)
    {
        if (!End(TimerStatuses.Fired, now))
        {
            return false;
        }

        FiredAt = now;
        return true;
    }

    public bool Stop(DateTime now) => End(TimerStatuses.Stopped, now);

    public bool Cancel(DateTime now) => End(TimerStatuses.Cancelled, now);

    private bool End(string status, DateTime now)
    {
        if (Status != TimerStatuses.Scheduled)
        {
            return false;
        }

        Status = status;
        EndedAt = now;
        // A new value every change: the concurrency token must differ even within one clock tick.
        UpdatedAt = now > UpdatedAt ? now : UpdatedAt.AddTicks(1);
        return true;
    }
}
