using CampusG.Messaging.Outbox;
using CampusG.Orders.Contracts;
using CampusG.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CampusG.Users.Tests.OrderEvents;

namespace CampusG.Users.Tests;

/// <summary>
/// Each fact counts once, whether the bus redelivers a message or Orders re-sends the fact under a
/// new message id. A last, distinct event is the barrier: the endpoint handles in arrival order.
/// </summary>
public sealed class RatingDuplicatesTests(UsersHostFixture fixture) : IClassFixture<UsersHostFixture>
{
    [Fact]
    public async Task SameReview_ResentWithANewMessageId_CountsOnce()
    {
        var (userId, client) = await Accounts.NewUserAsync(fixture.Host);
        using var _ = client;
        var review = Reviewed(userId, "runner", 5);
        await SendAsync(fixture.Host, review);
        await SendAsync(fixture.Host, review);

        await SendAsync(fixture.Host, Reviewed(userId, "runner", 2));

        Assert.Equal(3.50m, await RatingChangeAsync(client, userId, RunnerRating, previous: 5.00m)); // (5 + 2) / 2, not (5 + 5 + 2) / 3
    }

    [Fact]
    public async Task SameAcceptanceAndGiveBack_ResentWithNewMessageIds_CountOnce()
    {
        var (runnerId, client) = await Accounts.NewUserAsync(fixture.Host);
        using var _ = client;
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());
        var accepted = Accepted(first, runnerId);
        var givenBack = AcceptanceCancelled(first, runnerId);
        foreach (var message in new[] { accepted, accepted, Accepted(second, runnerId) })
        {
            await SendAsync(fixture.Host, message);
        }

        await SendAsync(fixture.Host, givenBack);
        await SendAsync(fixture.Host, givenBack);
        await SendAsync(fixture.Host, Reviewed(runnerId, "runner", 4));

        Assert.Equal(3.00m, await RatingChangeAsync(client, runnerId, RunnerRating)); // 4 × (1 − 0.5 × 1/2)
    }

    [Fact]
    public async Task SameOrderAndCancellation_ResentWithNewMessageIds_CountOnce()
    {
        var (customerId, client) = await Accounts.NewUserAsync(fixture.Host);
        using var _ = client;
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());
        var cancelled = Cancelled(first, customerId, CancellationReasons.CustomerCancelled);
        await SendAsync(fixture.Host, Created(first, customerId));
        await SendAsync(fixture.Host, Created(first, customerId));
        await SendAsync(fixture.Host, Created(second, customerId));
        await SendAsync(fixture.Host, cancelled);
        await SendAsync(fixture.Host, cancelled);

        await SendAsync(fixture.Host, Reviewed(customerId, "customer", 4));

        Assert.Equal(3.00m, await RatingChangeAsync(client, customerId, CustomerRating)); // 4 × (1 − 0.5 × 1/2)
    }

    [Fact]
    public async Task SameMessage_RedeliveredByTheBus_CountsOnce()
    {
        var (userId, client) = await Accounts.NewUserAsync(fixture.Host);
        using var _ = client;
        var messageId = await SendReturningIdAsync(Reviewed(userId, "runner", 5));
        Assert.Equal(5.00m, await RatingChangeAsync(client, userId, RunnerRating));

        await RepublishWithAsync(messageId, Reviewed(userId, "runner", 2));

        Assert.Equal(3.50m, await RatingChangeAsync(client, userId, RunnerRating, previous: 5.00m));
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        Assert.NotNull((await PublishedAsync(scope.ServiceProvider.GetRequiredService<ProbeDbContext>(), messageId)).PublishedAt); // it went out again
    }

    private async Task<Guid> SendReturningIdAsync<TMessage>(TMessage message)
        where TMessage : class
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var id = scope.ServiceProvider.GetRequiredService<MessageOutbox<ProbeDbContext>>().Send(message, "ratings");
        await scope.ServiceProvider.GetRequiredService<ProbeDbContext>().SaveChangesAsync();
        return id;
    }

    /// <summary>Marks the published message unpublished and queues <paramref name="next"/> behind it in one commit.</summary>
    private async Task RepublishWithAsync<TMessage>(Guid messageId, TMessage next)
        where TMessage : class
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProbeDbContext>();
        var row = await PublishedAsync(db, messageId);
        Assert.NotNull(row.PublishedAt);
        row.PublishedAt = null;
        scope.ServiceProvider.GetRequiredService<MessageOutbox<ProbeDbContext>>().Send(next, "ratings");
        await db.SaveChangesAsync();
    }

    /// <summary>The outbox row once the relay has marked it published (just after handing it to the bus).</summary>
    private static async Task<OutboxMessage> PublishedAsync(ProbeDbContext db, Guid messageId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var row = await db.Set<OutboxMessage>().SingleAsync(m => m.MessageId == messageId);
            if (row.PublishedAt is not null || DateTime.UtcNow > deadline)
            {
                return row;
            }

            db.ChangeTracker.Clear();
            await Task.Delay(20);
        }
    }
}
