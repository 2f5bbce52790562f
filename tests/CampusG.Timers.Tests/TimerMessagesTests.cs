using CampusG.Timers.Contracts;

namespace CampusG.Timers.Tests;

/// <summary>The Timers module on the real bus and the real clock, driven through its commands.</summary>
public sealed class TimerMessagesTests
{
    [Fact]
    public async Task StartTimer_RepliesStarted_AndARepeatKeepsOneTimer()
    {
        await using var host = await TimersHost.StartAsync();
        var start = NewStart(TimeSpan.FromMinutes(30));

        await host.Probe().SendAsync(start, start.OrderId.ToString());
        var started = await host.Probe().WaitForAsync<TimerStarted>(s => s.TimerId == start.TimerId);
        await host.Probe().SendAsync(start with { DueAt = start.DueAt.AddHours(1) }, start.OrderId.ToString());
        var replies = await host.Probe().WaitForCountAsync<TimerStarted>(2);

        Assert.Equal(start.OrderId, started.OrderId);
        Assert.Equal(start.DueAt, started.DueAt);
        Assert.All(replies, r => Assert.Equal(start.DueAt, r.DueAt)); // the repeat changed nothing
        Assert.Equal(1, await host.CountTimersAsync(start.TimerId));
    }

    [Fact]
    public async Task DueTimer_FiresOnce_WithinASecondOfItsDueTime()
    {
        await using var host = await TimersHost.StartAsync();
        var start = NewStart(TimeSpan.FromMilliseconds(200));

        await host.Probe().SendAsync(start, start.OrderId.ToString());
        var fired = await host.Probe().WaitForAsync<TimerFired>(f => f.TimerId == start.TimerId);
        // Once the stop is answered with FIRED, the worker has long been past this timer.
        await host.Probe().SendAsync(new StopTimer(start.TimerId), start.OrderId.ToString());
        var stopped = await host.Probe().WaitForAsync<TimerStopped>();

        Assert.Equal(TimerPurposes.OrderAcceptance, fired.Purpose);
        Assert.InRange(fired.FiredAt - start.DueAt, TimeSpan.Zero, TimeSpan.FromSeconds(1));
        Assert.Equal(TimerStatuses.Fired, stopped.Status);
        Assert.Single(host.Probe().All<TimerFired>());
    }

    [Fact]
    public async Task StoppedTimer_NeverFires()
    {
        await using var host = await TimersHost.StartAsync();
        var stoppedOne = NewStart(TimeSpan.FromMilliseconds(1500));
        var laterOne = NewStart(TimeSpan.FromMilliseconds(1700)) with { OrderId = stoppedOne.OrderId };

        await host.Probe().SendAsync(stoppedOne, stoppedOne.OrderId.ToString());
        await host.Probe().SendAsync(new StopTimer(stoppedOne.TimerId), stoppedOne.OrderId.ToString());
        await host.Probe().SendAsync(laterOne, laterOne.OrderId.ToString());
        var stopped = await host.Probe().WaitForAsync<TimerStopped>();
        // Timers fire in due order: once the later one has fired, the stopped one would have too.
        await host.Probe().WaitForAsync<TimerFired>(f => f.TimerId == laterOne.TimerId);

        Assert.Equal(TimerStatuses.Stopped, stopped.Status);
        Assert.DoesNotContain(host.Probe().All<TimerFired>(), f => f.TimerId == stoppedOne.TimerId);
    }

    [Fact]
    public async Task CancelTimer_Cancels_AndARepeatRepeatsTheReply()
    {
        await using var host = await TimersHost.StartAsync();
        var start = NewStart(TimeSpan.FromMinutes(5));
        var correlation = start.OrderId.ToString();

        await host.Probe().SendAsync(start, correlation);
        await host.Probe().SendAsync(new CancelTimer(start.TimerId), correlation);
        var cancelled = await host.Probe().WaitForAsync<TimerCancelled>();
        await host.Probe().SendAsync(new CancelTimer(start.TimerId), correlation);
        var replies = await host.Probe().WaitForCountAsync<TimerCancelled>(2);

        Assert.Equal(start.TimerId, cancelled.TimerId);
        Assert.Equal(TimerStatuses.Cancelled, cancelled.Status);
        Assert.All(replies, r => Assert.Equal(start.TimerId, r.TimerId));
        Assert.Equal(cancelled.At, replies[1].At); // the repeat repeats the reply
    }

    [Fact]
    public async Task CancelOrStop_BeforeTheStart_IsAnswered_AndTheLateStartSchedulesNothing()
    {
        await using var host = await TimersHost.StartAsync();
        var cancelledFirst = NewStart(TimeSpan.FromMilliseconds(300));
        var stoppedFirst = NewStart(TimeSpan.FromMilliseconds(300)) with { OrderId = cancelledFirst.OrderId };
        var control = NewStart(TimeSpan.FromMilliseconds(600)) with { OrderId = cancelledFirst.OrderId };
        var correlation = cancelledFirst.OrderId.ToString();

        await host.Probe().SendAsync(new CancelTimer(cancelledFirst.TimerId), correlation);
        await host.Probe().SendAsync(new StopTimer(stoppedFirst.TimerId), correlation);
        await host.Probe().SendAsync(cancelledFirst, correlation);
        await host.Probe().SendAsync(stoppedFirst, correlation);
        await host.Probe().SendAsync(control, correlation);
        var cancelled = await host.Probe().WaitForAsync<TimerCancelled>(c => c.TimerId == cancelledFirst.TimerId);
        var stopped = await host.Probe().WaitForAsync<TimerStopped>(s => s.TimerId == stoppedFirst.TimerId);
        var started = await host.Probe().WaitForCountAsync<TimerStarted>(3);
        // Timers fire in due order: once the later one has fired, the other two would have too.
        await host.Probe().WaitForAsync<TimerFired>(f => f.TimerId == control.TimerId);

        Assert.Equal((cancelledFirst.OrderId, TimerStatuses.Cancelled), (cancelled.OrderId, cancelled.Status));
        Assert.Equal((cancelledFirst.OrderId, TimerStatuses.Stopped), (stopped.OrderId, stopped.Status));
        Assert.All(started, s => Assert.Equal(TimerPurposes.OrderAcceptance, s.Purpose));
        Assert.Equal([control.TimerId], host.Probe().All<TimerFired>().Select(f => f.TimerId));
    }

    internal static StartTimer NewStart(TimeSpan dueIn) =>
        new(Guid.NewGuid(), Guid.NewGuid(), TimerPurposes.OrderAcceptance, DateTimeOffset.UtcNow + dueIn);
}
