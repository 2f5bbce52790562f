using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using CampusG.Orders.Contracts;
using CampusG.Riders.Contracts;
using CampusG.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CampusG.Riders.Tests;

/// <summary>A real host running only Riders, with a message probe that plays Orders (its events and the assignment).</summary>
internal sealed class RidersHost(CampusGHost host) : IAsyncDisposable
{
    public static readonly (double Lat, double Lng) Restaurant = (1.2966, 103.8502);

    public CampusGHost Host => host;

    public MessageProbe Probe => host.Services.GetRequiredService<MessageProbe>();

    public static async Task<RidersHost> StartAsync(params (string Key, string Value)[] settings)
    {
        var options = new CampusGHostOptions { ConfigureServices = b => b.AddMessageProbe() };
        options.Configuration["CampusG:Modules"] = "Riders";
        foreach (var (key, value) in settings)
        {
            options.Configuration[key] = value;
        }

        return new RidersHost(await CampusGHost.StartAsync(options));
    }

    public ValueTask DisposeAsync() => host.DisposeAsync();

    /// <summary>Orders' events of a menu order up to the restaurant's acceptance (the rider request).</summary>
    public async Task<(Guid OrderId, Guid CustomerId, Guid OwnerId)> MenuOrderAcceptedAsync(Guid? customerId = null, bool withCoordinates = true)
    {
        var (orderId, customer, owner, restaurantId) = (Guid.NewGuid(), customerId ?? Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var now = DateTimeOffset.UtcNow;
        await SendAsync(orderId, new OrderCreated(
            orderId, customer, "1× Chicken rice", 4.50m, 1.50m, "SCIS 1 lobby", now, OrderKinds.Menu, restaurantId, owner, []));
        var pickup = new PickupPoint(restaurantId, "Koufu", "Koufu, SMU", withCoordinates ? Restaurant.Lat : null, withCoordinates ? Restaurant.Lng : null);
        await SendAsync(orderId, new OrderRestaurantAccepted(
            orderId, customer, restaurantId, now.AddMinutes(10), now.AddMinutes(20), now.AddMilliseconds(1), now.AddMinutes(25), pickup));
        return (orderId, customer, owner);
    }

    /// <summary>Orders confirming the dispatcher's choice, as its guarded accept does.</summary>
    public Task ConfirmAsync(Guid orderId, Guid customerId, Guid riderId, DateTimeOffset? at = null) =>
        SendAsync(orderId, new OrderAccepted(orderId, customerId, riderId, at ?? DateTimeOffset.UtcNow, OrderKinds.Menu));

    public Task<RiderAssigned> AssignedAsync(Guid orderId, Func<RiderAssigned, bool>? match = null) =>
        Probe.WaitForAsync<RiderAssigned>(a => a.OrderId == orderId && (match?.Invoke(a) ?? true));

    public Task SendAsync<T>(Guid orderId, T message)
        where T : class => Probe.SendAsync(message, orderId.ToString());

    public Task<HttpResponseMessage> GoOnlineAsync(Guid userId, (double Lat, double Lng)? at = null, bool online = true) =>
        PutAsync(userId, "/v1/riders/me/availability", at is { } p
            ? $$"""{"online":{{Json(online)}},"location":"Library","lat":{{N(p.Lat)}},"lng":{{N(p.Lng)}}}"""
            : $$"""{"online":{{Json(online)}}}""");

    public Task<HttpResponseMessage> MoveAsync(Guid userId, double lat, double lng) =>
        PutAsync(userId, "/v1/riders/me/location", $$"""{"lat":{{N(lat)}},"lng":{{N(lng)}},"accuracyM":8}""");

    public Task<HttpResponseMessage> PutAsync(Guid userId, string path, string json) =>
        host.Client.SendAsync(Request(HttpMethod.Put, path, userId, new StringContent(json, Encoding.UTF8, "application/json")));

    public Task<HttpResponseMessage> GetAsync(Guid userId, string path) => host.Client.SendAsync(Request(HttpMethod.Get, path, userId, null));

    public async Task<T> GetJsonAsync<T>(Guid userId, string path)
    {
        using var response = await GetAsync(userId, path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<T>())!;
    }

    private static string N(double value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Json(bool value) => value ? "true" : "false";

    private HttpRequestMessage Request(HttpMethod method, string path, Guid userId, HttpContent? content) => new(method, new Uri(path, UriKind.Relative))
    {
        Headers = { Authorization = new AuthenticationHeaderValue("Bearer", host.TokenFor(userId)) },
        Content = content,
    };
}

internal sealed record TrackingJson(string Status, LocationJson? RiderLocation, DateTimeOffset? Eta, Guid? RiderId, PickupJson? Pickup, string? DropOff);

internal sealed record LocationJson(double Lat, double Lng, DateTimeOffset At);

internal sealed record PickupJson(Guid RestaurantId, string? Name, string? Location, double? Lat, double? Lng);

internal sealed record AvailabilityJson(bool Online, string? Location, double? Lat, double? Lng, DateTimeOffset? Since);
