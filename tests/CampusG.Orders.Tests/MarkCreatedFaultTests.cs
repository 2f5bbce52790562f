using CampusG.Orders.Contracts;
using CampusG.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CampusG.Orders.Tests;

/// <summary>The failure drill of <c>order.markCreated</c>, on a host of its own.</summary>
public sealed class MarkCreatedFaultTests
{
    [Fact]
    public async Task MarkCreated_WithAnInjectedFault_FailsAndChangesNothing()
    {
        await using var host = await OrdersHostFixture.StartAsync(("Faults:order.markCreated", "true"));
        var probe = host.Services.GetRequiredService<MessageProbe>();
        var api = new OrdersApi(host);
        var customer = Guid.NewGuid();
        var order = await api.CreateOrderAsync(customer);

        await probe.SendAsync(new MarkOrderCreated(order.OrderId), order.OrderId.ToString());

        var failed = await probe.WaitForAsync<OrderMarkCreatedFailed>(m => m.OrderId == order.OrderId);
        Assert.Contains("injected", failed.Reason, StringComparison.Ordinal);
        var stored = await api.GetOrderAsync(customer, order.OrderId);
        Assert.Equal(OrderStatuses.PendingPayment, stored.Status);
        Assert.Single(stored.Timeline);
        Assert.Empty(probe.All<OrderUpdated>());
    }
}
