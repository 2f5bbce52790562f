using CampusG.Messaging;
using CampusG.Persistence;
using CampusG.Timers.Contracts;
using CampusG.Timers.Domain;
using CampusG.Timers.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Timers.Features;

/// <summary>
/// Schedules the timer once (idempotent on its id) and always replies <see cref="TimerStarted"/>; a timer that was
/// stopped or cancelled before this start arrived stays ended (<see cref="DurableTimer.EndedBeforeStart"/>).
/// The worker is woken after the commit by <see cref="Workers.TimerCommitInterceptor"/>.
/// </summary>
internal sealed class StartTimerHandler(TimersDbContext db, TimeProvider time) : IMessageHandler<StartTimer>
{
    // On every order's path: compiled, no per-call expression work (issue 18).
    private static readonly CompiledQuery<Func<TimersDbContext, Guid, CancellationToken, Task<DurableTimer?>>> TimerById =
        new(() => EF.CompileAsyncQuery((TimersDbContext db, Guid timerId, CancellationToken cancellationToken) =>
            db.Timers.SingleOrDefault(t => t.Id == timerId)));

    public async Task HandleAsync(StartTimer message, IMessageContext context, CancellationToken cancellationToken)
    {
        var timer = await TimerById.For(db)(db, message.TimerId, cancellationToken);
        if (timer is null)
        {
            timer = DurableTimer.Start(
                message.TimerId, message.OrderId, message.Purpose, message.DueAt.UtcDateTime, time.GetUtcNow().UtcDateTime);
            db.Timers.Add(timer);
        }

        var purpose = timer.Purpose == DurableTimer.NeverStartedPurpose ? message.Purpose : timer.Purpose;
        context.Send(new TimerStarted(timer.Id, timer.OrderId, purpose, timer.DueAt.AsUtc()), timer.OrderId.ToString());
    }
}
