using System.Net;
using CampusG.Orders.Domain;
using CampusG.Orders.Features;
using CampusG.Orders.Persistence;
using CampusG.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CampusG.Orders.Tests;

public sealed class IdempotencyTests(OrdersHostFixture fixture) : IClassFixture<OrdersHostFixture>
{
    [Fact]
    public async Task SameKeySameBody_ReplaysTheOriginal_AndCreatesNothing()
    {
        var customer = Guid.NewGuid();
        using var first = await fixture.Api.CreateAsync(customer, OrdersApi.ValidBody, "key-1");
        // The same request spelled differently: other field order, 8.5 for 8.50.
        using var second = await fixture.Api.CreateAsync(
            customer, """{"deliveryLocation":"SMU SCIS 1, level 3 lobby","foodFee":8.5,"deliveryFee":2,"description":"2x chicken rice from Koufu, no chilli"}""", "key-1");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.False(first.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(["true"], second.Headers.GetValues("Idempotent-Replayed"));
        var original = await OrdersApi.ReadAsync<OrderResponse>(first);
        var replayed = await OrdersApi.ReadAsync<OrderResponse>(second);
        Assert.Equal(original.OrderId, replayed.OrderId);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal(1, await CountOrdersAsync(customer));
    }

    [Fact]
    public async Task SameKeyOtherBody_IsRejected()
    {
        var customer = Guid.NewGuid();
        using var first = await fixture.Api.CreateAsync(customer, OrdersApi.ValidBody, "key-2");
        using var second = await fixture.Api.CreateAsync(
            customer, OrdersApi.ValidBody.Replace("8.50", "9.50", StringComparison.Ordinal), "key-2");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        await ErrorAssert.HasErrorAsync(second, HttpStatusCode.UnprocessableEntity, "IDEMPOTENCY_KEY_REUSED");
        Assert.Equal(1, await CountOrdersAsync(customer));
    }

    [Fact]
    public async Task SameKey_FromAnotherUser_IsAnotherOrder()
    {
        var one = Guid.NewGuid();
        var other = Guid.NewGuid();
        using var first = await fixture.Api.CreateAsync(one, OrdersApi.ValidBody, "shared-key");
        using var second = await fixture.Api.CreateAsync(other, OrdersApi.ValidBody, "shared-key");

        Assert.False(second.Headers.Contains("Idempotent-Replayed"));
        var a = await OrdersApi.ReadAsync<OrderResponse>(first);
        var b = await OrdersApi.ReadAsync<OrderResponse>(second);
        Assert.NotEqual(a.OrderId, b.OrderId);
        Assert.Equal(other, b.CustomerId);
    }

    [Fact]
    public async Task SixteenConcurrentRequests_WithOneKey_CreateExactlyOneOrder()
    {
        var customer = Guid.NewGuid();

        var responses = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => fixture.Api.CreateAsync(customer, OrdersApi.ValidBody, "burst")));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var ids = await Task.WhenAll(responses.Select(async r => (await OrdersApi.ReadAsync<OrderResponse>(r)).OrderId));
        Assert.Single(ids.Distinct());
        Assert.Equal(15, responses.Count(r => r.Headers.Contains("Idempotent-Replayed")));
        Assert.Equal(1, await CountOrdersAsync(customer));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task Cleanup_DeletesOnlyKeysPastRetention()
    {
        var user = Guid.NewGuid();
        using var response = await fixture.Api.CreateAsync(user, OrdersApi.ValidBody, "fresh-key");
        await using (var scope = fixture.Host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OrdersDbContext>();
            db.IdempotencyRecords.Add(IdempotencyRecord.For(user, "old-key", "hash", Guid.NewGuid(), 201, DateTime.UtcNow.AddHours(-49)));
            await db.SaveChangesAsync();
        }

        var deleted = await fixture.Host.Services.GetRequiredService<IdempotencyCleanup>().RunOnceAsync(CancellationToken.None);

        Assert.True(deleted >= 1);
        Assert.Equal(["fresh-key"], await KeysAsync(user));
    }

    private async Task<List<string>> KeysAsync(Guid userId)
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OrdersDbContext>().IdempotencyRecords
            .Where(r => r.UserId == userId).Select(r => r.Key).ToListAsync();
    }

    private async Task<int> CountOrdersAsync(Guid customerId)
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OrdersDbContext>().Orders.CountAsync(o => o.CustomerId == customerId);
    }
}
