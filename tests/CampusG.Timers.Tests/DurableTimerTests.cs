using CampusG.Timers.Contracts;
using CampusG.Timers.Domain;

namespace CampusG.Timers.Tests;

public sealed class DurableTimerTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Start_IsScheduled_AndDueOnlyFromItsDueTime()
    {
        var timer = NewTimer(dueIn: TimeSpan.FromMinutes(30));

        Assert.Equal(TimerStatuses.Scheduled, timer.Status);
        Assert.False(timer.IsDue(Now.AddMinutes(29)));
        Assert.True(timer.IsDue(Now.AddMinutes(30)));
    }

    [Fact]
    public void Fire_HappensOnce()
    {
        var timer = NewTimer(dueIn: TimeSpan.Zero);

        Assert.True(timer.Fire(Now));
        Assert.False(timer.Fire(Now.AddSeconds(1)));
        Assert.Equal(TimerStatuses.Fired, timer.Status);
        Assert.Equal(Now, timer.FiredAt);
        Assert.Equal(Now, timer.EndedAt);
    }

    [Fact]
    public void Stop_BeforeFiring_PreventsTheFire()
    {
        var timer = NewTimer(dueIn: TimeSpan.FromMinutes(1));

        Assert.True(timer.Stop(Now));
        Assert.False(timer.Fire(Now.AddMinutes(2)));
        Assert.False(timer.IsDue(Now.AddMinutes(2)));
        Assert.Equal(TimerStatuses.Stopped, timer.Status);
        Assert.Null(timer.FiredAt);
    }

    [Fact]
    public void Cancel_AfterFiring_ChangesNothing()
    {
        var timer = NewTimer(dueIn: TimeSpan.Zero);
        timer.Fire(Now);

        Assert.False(timer.Cancel(Now.AddSeconds(1)));
        Assert.Equal(TimerStatuses.Fired, timer.Status);
    }

    [Fact]
    public void EveryChange_MovesTheConcurrencyToken_EvenWithinOneTick()
    {
        var timer = NewTimer(dueIn: TimeSpan.Zero);
        var before = timer.UpdatedAt;

        timer.Cancel(Now);

        Assert.True(timer.UpdatedAt > before);
    }

    private static DurableTimer NewTimer(TimeSpan dueIn) =>
        DurableTimer.Start(Guid.NewGuid(), Guid.NewGuid(), TimerPurposes.OrderAcceptance, Now + dueIn, Now);
}
