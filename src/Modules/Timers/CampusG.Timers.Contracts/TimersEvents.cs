using CampusG.Messaging;

namespace CampusG.Timers.Contracts;

[Message("timer.started")]
public sealed record TimerStarted(Guid TimerId, Guid OrderId, string Purpose, DateTimeOffset DueAt);

[Message("timer.fired")]
public sealed record TimerFired(Guid TimerId, Guid OrderId, string Purpose, DateTimeOffset DueAt, DateTimeOffset FiredAt);

/// <summary>The timer was stopped (or had already fired or been cancelled: see <paramref name="Status"/>).</summary>
[Message("timer.stopped")]
public sealed record TimerStopped(Guid TimerId, Guid OrderId, string Purpose, string Status, DateTimeOffset At);

[Message("timer.cancelled")]
public sealed record TimerCancelled(Guid TimerId, Guid OrderId, string Purpose, string Status, DateTimeOffset At);

public static class TimerStatuses
{
    public const string Scheduled = "SCHEDULED";
    public const string Fired = "FIRED";
    public const string Stopped = "STOPPED";
    public const string Cancelled = "CANCELLED";
}
