using CampusG.Escrow.Contracts;
using CampusG.Messaging;
using CampusG.Payments.Persistence;
using Microsoft.Extensions.Logging;

namespace CampusG.Payments.Features;

/// <summary>Escrow holds the authorized amount: the payment moves AUTHORIZED → INESCROW, once.</summary>
internal sealed class FundsHeldHandler(PaymentsDbContext db, TimeProvider time, ILogger<FundsHeldHandler> logger) : IMessageHandler<FundsHeld>
{
    public async Task HandleAsync(FundsHeld message, IMessageContext context, CancellationToken cancellationToken)
    {
        var payment = await db.FindByOrderAsync(message.OrderId, cancellationToken);
        if (payment?.MoveToEscrow(time.GetUtcNow().UtcDateTime) != true)
        {
            PaymentsLog.Ignored(logger, "escrow.fundsHeld", message.OrderId, payment?.Status ?? "NONE");
        }
    }
}
