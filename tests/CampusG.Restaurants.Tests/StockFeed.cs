using CampusG.Inventory.Contracts;
using CampusG.Messaging.Inbox;
using CampusG.Messaging.Outbox;
using CampusG.Restaurants.Persistence;
using CampusG.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CampusG.Restaurants.Tests;

/// <summary>Plays Inventory: sends <c>inventory.stockChanged</c> (correlated by item) and waits until Restaurants has handled it.</summary>
internal sealed class StockFeed(CampusGHost host)
{
    public static StockChanged Stock(Guid itemId, Guid restaurantId, int? count, long version) =>
        new(itemId, restaurantId, count, version, DateTimeOffset.UtcNow);

    /// <summary>Sends the message, waits until the Restaurants endpoint handled it, and returns its message id.</summary>
    public async Task<Guid> SendAsync(StockChanged message)
    {
        Guid id;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            id = scope.ServiceProvider.GetRequiredService<MessageOutbox<ProbeDbContext>>().Send(message, message.ItemId.ToString());
            await scope.ServiceProvider.GetRequiredService<ProbeDbContext>().SaveChangesAsync();
        }

        await HandledAsync(id);
        return id;
    }

    /// <summary>Delivers an already published message again, same id and bytes, as a redelivering bus would.</summary>
    public async Task RedeliverAsync(Guid messageId)
    {
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ProbeDbContext>();
            var row = await db.Set<OutboxMessage>().SingleAsync(m => m.MessageId == messageId);
            Assert.NotNull(row.PublishedAt);
            row.PublishedAt = null;
            await db.SaveChangesAsync();
        }

        // The in-process bus completes a publish only once every endpoint has dealt with it.
        await Eventually.TrueAsync(
            async () =>
            {
                await using var scope = host.Services.CreateAsyncScope();
                return await scope.ServiceProvider.GetRequiredService<ProbeDbContext>().Set<OutboxMessage>()
                    .AnyAsync(m => m.MessageId == messageId && m.PublishedAt != null);
            },
            what: $"message {messageId} published again");
    }

    private Task HandledAsync(Guid messageId) => Eventually.TrueAsync(
        async () =>
        {
            await using var scope = host.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<RestaurantsDbContext>().Set<InboxRecord>().AnyAsync(r => r.MessageId == messageId);
        },
        what: $"Restaurants to handle message {messageId}");
}
