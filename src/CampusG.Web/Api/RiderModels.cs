using System.Text.Json.Serialization;

namespace CampusG.Web.Api;

// The Riders module's bodies (docs/api.md, "Riders: dispatch, live location, ETA"), as the UI reads and sends them.

/// <summary>
/// A rider's availability (<c>GET/PUT /v1/riders/me/availability</c>): online or not, where on campus they said they
/// are, their coordinates when known, and since when they are online (all <c>null</c> before they ever went online).
/// </summary>
public sealed record RiderAvailability(bool Online, string? Location, double? Lat, double? Lng, DateTimeOffset? Since);

/// <summary>Going on- or offline; the location and coordinates are optional (both coordinates or neither).</summary>
public sealed record AvailabilityRequest(
    bool Online,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Location = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Lat = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Lng = null);

/// <summary>The device's position as the browser reported it (<c>PUT /v1/riders/me/location</c>).</summary>
public sealed record DeviceLocation(
    double Lat, double Lng, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? AccuracyM = null);

/// <summary>
/// An order's live view for its customer, runner or restaurant owner (<c>GET /v1/orders/{id}/tracking</c>): the rider's
/// last position only while the order is on its way (<c>PICKED_UP</c>, <c>ON_THE_WAY</c>), the ETA, the rider, and
/// where it goes from and to.
/// </summary>
public sealed record Tracking(
    string Status, RiderPosition? RiderLocation, DateTimeOffset? Eta, Guid? RiderId = null, TrackingPickup? Pickup = null, string? DropOff = null);

/// <summary>Where the rider last was, and when they said so.</summary>
public sealed record RiderPosition(double Lat, double Lng, DateTimeOffset At);

/// <summary>The restaurant a menu order is picked up at, with its coordinates when the owner gave them.</summary>
public sealed record TrackingPickup(Guid RestaurantId, string Name, string Location, double? Lat, double? Lng);
