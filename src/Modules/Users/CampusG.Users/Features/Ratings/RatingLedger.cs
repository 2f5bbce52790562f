using CampusG.Persistence;
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
    // Every order event a user is party to passes here: compiled look-ups, no per-call expression work (issue 18).
    private static readonly CompiledQuery<Func<UsersDbContext, Guid, string, string, CancellationToken, Task<bool>>> Counted =
        new(() => EF.CompileAsyncQuery((UsersDbContext db, Guid orderId, string kind, string key, CancellationToken cancellationToken) =>
            db.CountedFacts.Any(f => f.OrderId == orderId && f.Kind == kind && f.Key == key)));

    private static readonly CompiledQuery<Func<UsersDbContext, Guid, CancellationToken, Task<User?>>> UserById =
        new(() => EF.CompileAsyncQuery((UsersDbContext db, Guid userId, CancellationToken cancellationToken) =>
            db.Users.SingleOrDefault(u => u.Id == userId)));

    /// <summary>Applies <paramref name="count"/> to the user unless this fact was counted before.</summary>
    public async Task CountAsync(Guid orderId, string kind, string key, Guid userId, Action<User, DateTime> count, CancellationToken cancellationToken)
    {
        if (await Counted.For(db)(db, orderId, kind, key, cancellationToken))
        {
            UsersLog.FactAlreadyCounted(logger, kind, orderId);
            return;
        }

        var user = await UserById.For(db)(db, userId, cancellationToken);
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
