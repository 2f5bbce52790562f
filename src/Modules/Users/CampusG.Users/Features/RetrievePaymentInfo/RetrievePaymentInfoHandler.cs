using CampusG.Messaging;
using CampusG.Users.Contracts;
using CampusG.Users.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Users.Features;

/// <summary>Replies with the user's gateway token, or that there is no usable card (none saved, no such user, or expired).</summary>
internal sealed class RetrievePaymentInfoHandler(UsersDbContext db, TimeProvider time) : IMessageHandler<RetrievePaymentInfo>
{
    public async Task HandleAsync(RetrievePaymentInfo message, IMessageContext context, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == message.UserId, cancellationToken);
        if (user?.UsablePaymentMethod(time.GetUtcNow().UtcDateTime) is { } card)
        {
            context.Send(new PaymentInfoRetrieved(message.OrderId, message.UserId, message.Role, card.GatewayToken));
        }
        else
        {
            context.Send(new PaymentInfoMissing(message.OrderId, message.UserId, message.Role));
        }
    }
}
