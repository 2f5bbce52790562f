using CampusG.Timers.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CampusG.Timers.Tests;

/// <summary>Timers survive a restart, and follow the injected clock.</summary>
public sealed class TimerDurabilityTests
{
    [Fact]
    public async Task TimerThatFellDueWhileTheHostWasDown_FiresAfterRestart()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "campusg-tests", Guid.NewGuid().ToString("N"));
        try
        {
            StartTimer start;
            await using (var first = await TimersHost.StartAsync(dataDirectory))
            {
                start = TimerMessagesTests.NewStart(TimeSpan.FromMilliseconds(1000));
                await first.Probe().SendAsync(start, start.OrderId.ToString());
                await first.Probe().WaitForAsync<TimerStarted>();
                Assert.Empty(first.Probe().All<TimerFired>());
            }

            while (DateTimeOffset.UtcNow <= start.DueAt)
            {
                await Task.Delay(50); // the host stays down until the timer is past due
            }

            await using var second = await TimersHost.StartAsync(dataDirectory);
            var fired = await second.Probe().WaitForAsync<TimerFired>(f => f.TimerId == start.TimerId);

            Assert.Equal(start.OrderId, fired.OrderId);
            Assert.True(fired.FiredAt > start.DueAt);
        }
        finally
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    [Fact]
    public async Task WithAFakeClock_TheTimerFiresWhenTheClockReachesItsDueTime()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
        await using var host = await TimersHost.StartAsync(configure: b => b.Services.AddSingleton<TimeProvider>(clock));
        var start = new StartTimer(Guid.NewGuid(), Guid.NewGuid(), TimerPurposes.OrderAcceptance, clock.GetUtcNow().AddMinutes(30));
        await host.Probe().SendAsync(start, start.OrderId.ToString());
        await host.Probe().WaitForAsync<TimerStarted>();

        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (host.Probe().All<TimerFired>().Count == 0 && DateTime.UtcNow < deadline)
        {
            clock.Advance(TimeSpan.FromMinutes(1));
            await Task.Delay(20); // polling: each step lets the worker take its next pass
        }

        var fired = Assert.Single(host.Probe().All<TimerFired>());
        Assert.Equal(start.TimerId, fired.TimerId);
        Assert.InRange(fired.FiredAt, start.DueAt, start.DueAt.AddMinutes(2));
    }
}
