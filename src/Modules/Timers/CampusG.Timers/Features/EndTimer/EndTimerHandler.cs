using CampusG.Messaging;
using CampusG.Timers.Contracts;
using CampusG.Timers.Domain;
using CampusG.Timers.Persistence;
using Microsoft.Extensions.Logging;

namespace CampusG.Timers.Features;

/// <summary>
/// Stops or cancels a SCHEDULED timer and replies with the status it ends up in (FIRED if it fired first)
/// and when it left SCHEDULED, so a repeated command repeats the reply. An unknown timer id (its start has not
/// arrived, or never will: a customer cancelled before the order was CREATED) is recorded as ended, for the order of
/// the message's correlation id, so the reply comes and a late start schedules nothing.
/// </summary>
internal sealed partial class EndTimerHandler(TimersDbContext db, TimeProvider time, ILogger<EndTimerHandler> logger)
    : IMessageHandler<StopTimer>, IMessageHandler<CancelTimer>
{
    public async Task HandleAsync(StopTimer message, IMessageContext context, CancellationToken cancellationToken)
    {
        var timer = await FindAsync(message.TimerId, TimerStatuses.Stopped, context, cancellationToken);
        if (timer is not null)
        {
            timer.Stop(time.GetUtcNow().UtcDateTime);
            context.Send(new TimerStopped(timer.Id, timer.OrderId, timer.Purpose, timer.Status, timer.EndedAt.AsUtc() ?? time.GetUtcNow()), timer.OrderId.ToString());
        }
    }

    public async Task HandleAsync(CancelTimer message, IMessageContext context, CancellationToken cancellationToken)
    {
        var timer = await FindAsync(message.TimerId, TimerStatuses.Cancelled, context, cancellationToken);
        if (timer is not null)
        {
            timer.Cancel(time.GetUtcNow().UtcDateTime);
            context.Send(new TimerCancelled(timer.Id, timer.OrderId, timer.Purpose, timer.Status, timer.EndedAt.AsUtc() ?? time.GetUtcNow()), timer.OrderId.ToString());
        }
    }

    private async Task<DurableTimer?> FindAsync(Guid timerId, string endedAs, IMessageContext context, CancellationToken cancellationToken)
    {
        if (await db.Timers.FindAsync([timerId], cancellationToken) is { } timer)
        {
            return timer;
        }

        if (!Guid.TryParse(context.CorrelationId, out var orderId))
        {
            LogUnknownTimer(logger, context.MessageType, timerId, context.CorrelationId);
            return null;
        }

        LogEndedBeforeStart(logger, context.MessageType, timerId, orderId);
        timer = DurableTimer.EndedBeforeStart(timerId, orderId, endedAs, time.GetUtcNow().UtcDateTime);
        db.Timers.Add(timer);
        return timer;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{MessageType} names unknown timer {TimerId} and no order (correlation {CorrelationId}); ignored")]
    private static partial void LogUnknownTimer(ILogger logger, string messageType, Guid timerId, string correlationId);

    [LoggerMessage(Level = LogLevel.Information, Message = "{MessageType} for timer {TimerId} of order {OrderId} came before its start: recorded as ended")]
    private static partial void LogEndedBeforeStart(ILogger logger, string messageType, Guid timerId, Guid orderId);
}
