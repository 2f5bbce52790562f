using System.Net.Http.Json;
using System.Text.Json;
using CampusG.Orders.Contracts;
using static CampusG.Users.Tests.OrderEvents;

namespace CampusG.Users.Tests;

/// <summary>The Orders events on the real bus move the ratings shown on the profiles.</summary>
public sealed class RatingMessagesTests(UsersHostFixture fixture) : IClassFixture<UsersHostFixture>
{
    [Fact]
    public async Task Reviews_SetThePublicAndOwnProfileRatings()
    {
        var (userId, client) = await Accounts.NewUserAsync(fixture.Host);
        using var _ = client;
        var before = await client.GetFromJsonAsync<JsonElement>($"/v1/users/{userId}");
        Assert.Equal((null, null), (Rating(before, RunnerRating), Rating(before, CustomerRating)));

        await SendAsync(fixture.Host, Reviewed(userId, "runner", 5));
        Assert.Equal(5.00m, await RatingChangeAsync(client, userId, RunnerRating));
        await SendAsync(fixture.Host, Reviewed(userId, "runner", 4));
        await SendAsync(fixture.Host, Reviewed(userId, "customer", 3));

        Assert.Equal(3.00m, await RatingChangeAsync(client, userId, CustomerRating));
        var mine = await client.GetFromJsonAsync<JsonElement>("/v1/users/me");
        Assert.Equal((4.50m, 3.00m), (Rating(mine, RunnerRating), Rating(mine, CustomerRating)));
    }

    [Fact]
    public async Task AcceptanceCancellation_LowersTheRunnerRating()
    {
        var (runnerId, client) = await Accounts.NewUserAsync(fixture.Host);
        using var _ = client;
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());
        await SendAsync(fixture.Host, Accepted(first, runnerId));
        await SendAsync(fixture.Host, Accepted(second, runnerId));
        await SendAsync(fixture.Host, Reviewed(runnerId, "runner", 4));
        Assert.Equal(4.00m, await RatingChangeAsync(client, runnerId, RunnerRating));

        await SendAsync(fixture.Host, AcceptanceCancelled(first, runnerId));

        Assert.Equal(3.00m, await RatingChangeAsync(client, runnerId, RunnerRating, previous: 4.00m)); // 4 × (1 − 0.5 × 1/2)
    }

    [Fact]
    public async Task CustomerCancellation_LowersTheCustomerRating_OtherReasonsDoNot()
    {
        var (customerId, client) = await Accounts.NewUserAsync(fixture.Host);
        using var _ = client;
        var orders = Enumerable.Range(0, 4).Select(_ => Guid.NewGuid()).ToList();
        foreach (var orderId in orders)
        {
            await SendAsync(fixture.Host, Created(orderId, customerId));
        }

        await SendAsync(fixture.Host, Reviewed(customerId, "customer", 5));
        Assert.Equal(5.00m, await RatingChangeAsync(client, customerId, CustomerRating));

        await SendAsync(fixture.Host, Cancelled(orders[0], customerId, CancellationReasons.Timeout));
        await SendAsync(fixture.Host, Cancelled(orders[1], customerId, CancellationReasons.PaymentFailed));
        await SendAsync(fixture.Host, Cancelled(orders[2], customerId, CancellationReasons.CustomerCancelled));

        Assert.Equal(4.38m, await RatingChangeAsync(client, customerId, CustomerRating, previous: 5.00m)); // 5 × (1 − 0.5 × 1/4)
        Assert.Null(Rating(await client.GetFromJsonAsync<JsonElement>($"/v1/users/{customerId}"), RunnerRating));
    }
}
