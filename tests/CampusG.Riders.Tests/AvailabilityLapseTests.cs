using System.Net;

namespace CampusG.Riders.Tests;

/// <summary>Being online lapses without updates (a host with a short <c>Riders:OnlineTimeout</c> of its own).</summary>
public sealed class AvailabilityLapseTests : IAsyncLifetime
{
    private RidersHost _riders = null!;

    public async Task InitializeAsync() => _riders = await RidersHost.StartAsync(("Riders:OnlineTimeout", "00:00:02"));

    public async Task DisposeAsync() => await _riders.DisposeAsync();

    [Fact]
    public async Task WithoutUpdates_BeingOnlineLapses_AndTheRiderIsNoLongerDispatched()
    {
        var rider = Guid.NewGuid();
        using (var online = await _riders.GoOnlineAsync(rider))
        {
            Assert.Equal(HttpStatusCode.OK, online.StatusCode);
        }

        var lapsed = await Testing.Eventually.UntilAsync(
            () => _riders.GetJsonAsync<AvailabilityJson>(rider, "/v1/riders/me/availability"), a => !a.Online, what: "being online to lapse");
        Assert.NotNull(lapsed.Since);
        using (var move = await _riders.MoveAsync(rider, 1.3, 103.85))
        {
            Assert.Equal(HttpStatusCode.Conflict, move.StatusCode);
        }

        var (orderId, customer, _) = await _riders.MenuOrderAcceptedAsync(withCoordinates: false);
        await Testing.Eventually.TrueAsync(
            async () =>
            {
                using var tracking = await _riders.GetAsync(customer, $"/v1/orders/{orderId}/tracking");
                return tracking.StatusCode == HttpStatusCode.OK && (await tracking.Content.ReadAsStringAsync()).Contains("\"ACCEPTED\"", StringComparison.Ordinal);
            },
            what: "the rider request to be handled");
        Assert.DoesNotContain(_riders.Probe.All<Contracts.RiderAssigned>(), a => a.OrderId == orderId);
    }
}
