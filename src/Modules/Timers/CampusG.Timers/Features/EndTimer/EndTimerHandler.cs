using CampusG.Messaging;
using CampusG.Timers.Contracts;
using CampusG.Timers.Domain;
using CampusG.Timers.Persistence;
using Microsoft.Extensions.Logging;

namespace CampusG.Timers.Features;

/// <summary>
/// Stops or cancels a SCHEDULED timer and replies with the status it ends up in (FIRED if it fired first)
/// and when it left SCHEDULED, so a repeated command repeats the reply.
/// An unknown timer id gets no reply: both replies need the order id, which only the timer knows.
/// </summary>
internal sealed partial class EndTimerHandler(TimersDbContext db, TimeProvider time, ILogger<EndTimerHandler> logger)
    : IMessageHandler<StopTimer>, IMessageHandler<CancelTimer>
{
    public async Task HandleAsync(StopTimer message, IMessageContext context, CancellationToken cancellationToken)
    {
        var timer = await FindAsync(message.TimerId, context, cancellationToken);
        if (timer is not null)
        {
            timer.Stop(time.GetUtcNow().UtcDateTime);
            context.Send(new TimerStopped(timer.Id, timer.OrderId, timer.Purpose, timer.Status, timer.EndedAt.AsUtc() ?? time.GetUtcNow()), timer.OrderId.ToString());
        }
    }

    public async Task HandleAsync(CancelTimer message, IMessageContext context, CancellationToken cancellationToken)
    {
        var timer = await FindAsync(message.TimerId, context, cancellationToken);
        if (timer is not null)
        {
            timer.Cancel(time.GetUtcNow().UtcDateTime);
            context.Send(new TimerCancelled(timer.Id, timer.OrderId, timer.Purpose, timer.Status, timer.EndedAt.AsUtc() ?? time.GetUtcNow()), timer.OrderId.ToString());
        }
    }

    private async Task<DurableTimer?> FindAsync(Guid timerId, IMessageContext context, CancellationToken cancellationToken)
    {
        var timer = await db.Timers.FindAsync([timerId], cancellationToken);
        if (timer is null)
        {
            LogUnknownTimer(logger, context.MessageType, timerId, context.CorrelationId);
        }

        return timer;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{MessageType} names unknown timer {TimerId} (correlation {CorrelationId}); ignored")]
    private static partial void LogUnknownTimer(ILogger logger, string messageType, Guid timerId, string correlationId);
}
