namespace CampusG.Web.Api;

/// <summary>Riders: going on- and offline, the device's position while online or delivering, and an order's live tracking.</summary>
public sealed partial class CampusApiClient
{
    public Task<ApiResult<RiderAvailability>> GetAvailabilityAsync() =>
        SendAsync<RiderAvailability>(HttpMethod.Get, "v1/riders/me/availability");

    public Task<ApiResult<RiderAvailability>> SetAvailabilityAsync(AvailabilityRequest request) =>
        SendAsync<RiderAvailability>(HttpMethod.Put, "v1/riders/me/availability", request);

    /// <summary>The device's position; <c>409 RIDER_OFFLINE</c> when the rider is neither online nor delivering.</summary>
    public Task<ApiResult<Done>> SendLocationAsync(DeviceLocation location) =>
        SendAsync<Done>(HttpMethod.Put, "v1/riders/me/location", location);

    public Task<ApiResult<Tracking>> GetTrackingAsync(Guid orderId) => SendAsync<Tracking>(HttpMethod.Get, $"v1/orders/{orderId}/tracking");
}
