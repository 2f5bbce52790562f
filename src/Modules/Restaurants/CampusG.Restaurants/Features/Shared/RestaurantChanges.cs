using System.Security.Claims;
using CampusG.Auth;
using CampusG.Messaging.Outbox;
using CampusG.Persistence;
using CampusG.Restaurants.Domain;
using CampusG.Restaurants.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Restaurants.Features;

/// <summary>
/// Applies an owner's change to a restaurant or its menu for an API call: load, check the caller may manage it,
/// change, write the snapshots and commit in one transaction. Racing changes to one restaurant take turns (SQLite:
/// BEGIN IMMEDIATE at the module's write gate; PostgreSQL: the restaurant's row locked); the version tokens back this
/// up, a lost race being retried against fresh state, so two edits never publish the same version.
/// </summary>
internal sealed class RestaurantChanges(
    RestaurantsDbContext db, MessageOutbox<RestaurantsDbContext> outbox, WriteGate<RestaurantsDbContext> writes, TimeProvider time)
{
    private const int MaxAttempts = 3;

    public RestaurantsDbContext Db => db;

    public MessageOutbox<RestaurantsDbContext> Outbox => outbox;

    /// <summary>A new restaurant owned by <paramref name="ownerId"/>, with its first snapshot.</summary>
    public async Task<Restaurant> OpenAsync(Guid ownerId, RestaurantDetails details, CancellationToken cancellationToken)
    {
        using var turn = await writes.EnterAsync(cancellationToken);
        var restaurant = Restaurant.Open(ownerId, details, time.GetUtcNow().UtcDateTime);
        db.Restaurants.Add(restaurant);
        outbox.Publish(restaurant);
        await db.SaveChangesAsync(cancellationToken);
        return restaurant;
    }

    /// <summary>
    /// Runs <paramref name="change"/> on the restaurant (tracked) when <paramref name="user"/> may manage it and commits
    /// what it did: <c>404 RESTAURANT_NOT_FOUND</c>, else <c>403 NOT_RESTAURANT_OWNER</c> for anyone but its owner or an
    /// admin. The change throws an <c>ApiException</c> to refuse.
    /// </summary>
    public async Task<T> ChangeAsync<T>(
        Guid restaurantId, ClaimsPrincipal user, Func<Restaurant, DateTime, Task<T>> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            using var turn = await writes.EnterAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var restaurant = (await db.RestaurantToChange(restaurantId).ToListAsync(cancellationToken)).SingleOrDefault()
                ?? throw RestaurantErrors.NotFound(restaurantId);
            if (!restaurant.IsManagedBy(user.UserId(), user.IsInRole(CampusGClaims.AdminRole)))
            {
                throw RestaurantErrors.NotYours(restaurantId);
            }

            var result = await change(restaurant, time.GetUtcNow().UtcDateTime);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return result;
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxAttempts)
            {
                await transaction.RollbackAsync(cancellationToken);
            }
        }
    }
}
