using CampusG.Users.Domain;
using CampusG.Users.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CampusG.Users.Features;

/// <summary>
/// Counts each order fact once: the inbox drops a redelivered message, and the fact table drops
/// the same fact re-sent under a new message id. Facts about unknown users are ignored.
/// </summary>
internal sealed class RatingLedger(UsersDbContext db, TimeProvider time, ILogger<RatingLedger> logger)
{
    /// <summary>Applies <paramref name="count"/> to the user unless this fact was counted before.</summary>
    public async Task CountAsync(Guid orderId, string kind, string key, Guid userId, Action<User, DateTime> count, CancellationToken cancellationToken)
    {
        if (await db.CountedFacts.AnyAsync(f => f.OrderId == orderId && f.Kind == kind && f.Key == key, cancellationToken))
        {
            UsersLog.FactAlreadyCounted(logger, kind, orderId);
            return;
        }

        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null)
        {
            UsersLog.FactForUnknownUser(logger, kind, orderId, userId);
            return;
        }

        var now = time.GetUtcNow().UtcDateTime;
        db.CountedFacts.Add(CountedFact.Of(orderId, kind, key, userId, now));
        count(user, now);
        UsersLog.FactCounted(logger, kind, orderId, userId, user.CustomerRating, user.RunnerRating);
    }
}
