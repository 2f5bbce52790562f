using System.Net;
using System.Net.Http.Headers;
using CampusG.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CampusG.Host.Tests;

/// <summary>
/// The gateway sends a restaurant's orders (<c>/v1/restaurants/{id}/orders…</c>) to Orders and everything else under
/// <c>/v1/restaurants</c> to Restaurants. Orders is played by a host that echoes where a request reached it.
/// </summary>
public sealed class GatewayRoutesTests
{
    [Fact]
    public async Task ARestaurantsOrders_GoToOrders_TheRestOfRestaurants_ToRestaurants()
    {
        await using var restaurants = await StartAsync(new() { ["CampusG:Modules"] = "Restaurants" });
        await using var orders = await StartAsync(new() { ["CampusG:Modules"] = "Escrow" }, EchoOrders);
        await using var gateway = await StartAsync(new()
        {
            ["CampusG:Mode"] = "Distributed",
            ["Auth:SigningKey"] = "a-gateway-test-signing-key-of-32-characters",
            ["Gateway:Modules:Restaurants"] = restaurants.BaseAddress.ToString(),
            ["Gateway:Modules:Orders"] = orders.BaseAddress.ToString(),
        });
        var token = restaurants.TokenFor(Guid.NewGuid());
        var (id, orderId) = (Guid.NewGuid(), Guid.NewGuid());

        Assert.Equal($"orders GET /v1/restaurants/{id}/orders", await TextAsync(gateway, HttpMethod.Get, $"/v1/restaurants/{id}/orders?status=PLACED", token));
        Assert.Equal($"orders POST /v1/restaurants/{id}/orders/{orderId}", await TextAsync(gateway, HttpMethod.Post, $"/v1/restaurants/{id}/orders/{orderId}", token));
        Assert.Equal($"orders POST /v1/restaurants/{id}/orders/{orderId}/ready", await TextAsync(gateway, HttpMethod.Post, $"/v1/restaurants/{id}/orders/{orderId}/ready", token));
        Assert.Contains("\"items\":[", await TextAsync(gateway, HttpMethod.Get, "/v1/restaurants?q=none", token), StringComparison.Ordinal);
        Assert.Contains("RESTAURANT_NOT_FOUND", await TextAsync(gateway, HttpMethod.Get, $"/v1/restaurants/{id}", token), StringComparison.Ordinal);
        Assert.Contains("RESTAURANT_NOT_FOUND", await TextAsync(gateway, HttpMethod.Patch, $"/v1/restaurants/{id}/items/{orderId}", token, "{}"), StringComparison.Ordinal);
    }

    /// <summary>Answers every request under <c>/v1/restaurants</c> with its method and path, as Orders' stand-in.</summary>
    private static void EchoOrders(WebApplication app) =>
        app.Map("/v1/restaurants/{**rest}", (HttpRequest request) => TypedResults.Text($"orders {request.Method} {request.Path}"));

    private static async Task<string> TextAsync(CampusGHost gateway, HttpMethod method, string path, string token, string? json = null)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (json is not null)
        {
            request.Content = new StringContent(json, new MediaTypeHeaderValue("application/json"));
        }

        using var response = await gateway.Client.SendAsync(request);
        Assert.NotEqual(HttpStatusCode.BadGateway, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static Task<CampusGHost> StartAsync(Dictionary<string, string> settings, Action<WebApplication>? configureApp = null)
    {
        var options = new CampusGHostOptions { ConfigureApp = configureApp };
        foreach (var (key, value) in settings)
        {
            options.Configuration[key] = value;
        }

        return CampusGHost.StartAsync(options);
    }
}
