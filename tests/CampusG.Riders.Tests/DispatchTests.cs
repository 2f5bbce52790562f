using System.Net;
using CampusG.Notifications.Contracts;
using CampusG.Orders.Contracts;
using CampusG.Riders.Contracts;

namespace CampusG.Riders.Tests;

/// <summary>The dispatcher on a real host, with the probe playing Orders: who gets a rider request, and what follows.</summary>
public sealed class DispatchTests : IAsyncLifetime
{
    private RidersHost _riders = null!;

    public async Task InitializeAsync() => _riders = await RidersHost.StartAsync();

    public async Task DisposeAsync() => await _riders.DisposeAsync();

    [Fact]
    public async Task TheNearerOfTwoOnlineRidersIsAssigned_AndToldOnceOrdersConfirms()
    {
        var (far, near) = (Guid.NewGuid(), Guid.NewGuid());
        Assert.Equal(HttpStatusCode.OK, (await _riders.GoOnlineAsync(far, (1.3066, 103.8602))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _riders.GoOnlineAsync(near, (1.2970, 103.8505))).StatusCode);

        var (orderId, customerId, _) = await _riders.MenuOrderAcceptedAsync();
        var assigned = await _riders.AssignedAsync(orderId);

        Assert.Equal(near, assigned.RiderId);
        Assert.Equal("Koufu, SMU", assigned.PickupLocation.Address);
        await _riders.ConfirmAsync(orderId, customerId, near);
        var notice = await _riders.Probe.WaitForAsync<SendNotification>(n => n.OrderId == orderId);
        Assert.Equal((near, NotificationTemplates.RiderAssigned), (notice.UserId, notice.Template));
        Assert.Contains("Koufu", notice.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutCoordinates_TheLongestIdleRiderIsAssigned_AndNeverTheCustomer()
    {
        var (idleLonger, idleShorter) = (Guid.NewGuid(), Guid.NewGuid());
        await _riders.GoOnlineAsync(idleLonger);
        await _riders.GoOnlineAsync(idleShorter);

        var own = await _riders.MenuOrderAcceptedAsync(customerId: idleLonger, withCoordinates: false);
        Assert.Equal(idleShorter, (await _riders.AssignedAsync(own.OrderId)).RiderId);
        var other = await _riders.MenuOrderAcceptedAsync(withCoordinates: false);
        Assert.Equal(idleLonger, (await _riders.AssignedAsync(other.OrderId)).RiderId);
    }

    [Fact]
    public async Task ARiderWhoGivesItBack_IsNotOfferedItAgain_TheNextOneIs()
    {
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());
        await _riders.GoOnlineAsync(first, (1.2967, 103.8503));
        await _riders.GoOnlineAsync(second, (1.3100, 103.8700));
        var (orderId, customerId, _) = await _riders.MenuOrderAcceptedAsync();
        Assert.Equal(first, (await _riders.AssignedAsync(orderId)).RiderId);
        var acceptedAt = DateTimeOffset.UtcNow;
        await _riders.ConfirmAsync(orderId, customerId, first, acceptedAt);

        await _riders.SendAsync(orderId, new OrderAcceptanceCancelled(orderId, customerId, first, acceptedAt.AddMinutes(20), 2, acceptedAt.AddSeconds(1)));

        Assert.Equal(second, (await _riders.AssignedAsync(orderId, a => a.RiderId != first)).RiderId);
        Assert.Equal(2, _riders.Probe.All<RiderAssigned>().Count(a => a.OrderId == orderId));
    }

    [Fact]
    public async Task NobodyOnline_TheOrderWaits_UntilARiderGoesOnline()
    {
        var (orderId, customer, _) = await _riders.MenuOrderAcceptedAsync(withCoordinates: false);
        await WaitForDeliveryAsync(orderId, customer);
        Assert.DoesNotContain(_riders.Probe.All<RiderAssigned>(), a => a.OrderId == orderId);

        var late = Guid.NewGuid();
        await _riders.GoOnlineAsync(late);

        Assert.Equal(late, (await _riders.AssignedAsync(orderId)).RiderId);
    }

    [Fact]
    public async Task AManualAcceptWinsOverAnOffer_TheOfferedRiderGetsTheNextWaitingOrder()
    {
        var offered = Guid.NewGuid();
        await _riders.GoOnlineAsync(offered);
        var (first, customer, _) = await _riders.MenuOrderAcceptedAsync(withCoordinates: false);
        Assert.Equal(offered, (await _riders.AssignedAsync(first)).RiderId);
        var (second, secondCustomer, _) = await _riders.MenuOrderAcceptedAsync(withCoordinates: false);
        await WaitForDeliveryAsync(second, secondCustomer);
        Assert.DoesNotContain(_riders.Probe.All<RiderAssigned>(), a => a.OrderId == second);

        await _riders.ConfirmAsync(first, customer, Guid.NewGuid());

        Assert.Equal(offered, (await _riders.AssignedAsync(second)).RiderId);
    }

    [Fact]
    public async Task AnOfflineOrLapsedRiderIsNotAssigned()
    {
        var rider = Guid.NewGuid();
        await _riders.GoOnlineAsync(rider);
        await _riders.GoOnlineAsync(rider, online: false);
        var (orderId, customer, _) = await _riders.MenuOrderAcceptedAsync(withCoordinates: false);
        await WaitForDeliveryAsync(orderId, customer);

        Assert.DoesNotContain(_riders.Probe.All<RiderAssigned>(), a => a.OrderId == orderId);
    }

    /// <summary>Waits until Riders handled the rider request (the tracking view says ACCEPTED): any offer went out with it.</summary>
    private Task WaitForDeliveryAsync(Guid orderId, Guid customer) =>
        Testing.Eventually.TrueAsync(() => DeliveryAcceptedAsync(orderId, customer), what: "the rider request to be handled");

    private async Task<bool> DeliveryAcceptedAsync(Guid orderId, Guid customer)
    {
        using var response = await _riders.GetAsync(customer, $"/v1/orders/{orderId}/tracking");
        return response.StatusCode == HttpStatusCode.OK && (await response.Content.ReadAsStringAsync()).Contains("\"ACCEPTED\"", StringComparison.Ordinal);
    }
}
