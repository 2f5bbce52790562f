using System.Net;
using CampusG.Orders.Contracts;
using CampusG.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CampusG.Orders.Tests;

/// <summary>
/// <c>Orders:MaxBacklog</c> (3 here): with that many orders waiting for their Create Order saga (no saga runs in this
/// host, so they stay PENDING_PAYMENT), placing another is <c>503 OVERLOADED</c> with <c>Retry-After</c> and writes
/// nothing; reads keep serving; once one is confirmed, placing works again.
/// </summary>
public sealed class BackPressureTests
{
    private static readonly TimeSpan PastARecount = TimeSpan.FromMilliseconds(250);

    [Fact]
    public async Task AtTheBacklogLimit_PlacingIs503Overloaded_WithRetryAfter_AndCreatesNothing_UntilTheBacklogDrains()
    {
        await using var host = await OrdersHostFixture.StartAsync(("Orders:MaxBacklog", "3"));
        var api = new OrdersApi(host);
        var probe = host.Services.GetRequiredService<MessageProbe>();
        var customer = Guid.NewGuid();
        var waiting = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            waiting.Add((await api.CreateOrderAsync(customer)).OrderId);
        }

        await Task.Delay(PastARecount);
        var refused = Guid.NewGuid();
        using (var overloaded = await api.CreateAsync(refused, idempotencyKey: "first-try"))
        {
            await ErrorAssert.HasErrorAsync(overloaded, HttpStatusCode.ServiceUnavailable, "OVERLOADED");
            var retryAfter = overloaded.Headers.RetryAfter?.Delta;
            Assert.NotNull(retryAfter);
            Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30));
        }

        using (var mine = await api.GetAsync(refused, "/v1/orders"))
        {
            Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
            Assert.Contains("\"items\":[]", await mine.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(OrderStatuses.PendingPayment, (await api.GetOrderAsync(customer, waiting[0])).Status);

        await probe.SendAsync(new MarkOrderCreated(waiting[0]), waiting[0].ToString());
        await probe.WaitForAsync<OrderUpdated>(m => m.OrderId == waiting[0] && m.Status == OrderStatuses.Created);
        await Task.Delay(PastARecount);
        using var accepted = await api.CreateAsync(refused, idempotencyKey: "first-try");
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
    }
}
