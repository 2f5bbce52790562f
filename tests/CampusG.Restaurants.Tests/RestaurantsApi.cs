using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CampusG.Restaurants.Features;
using CampusG.Testing;

namespace CampusG.Restaurants.Tests;

/// <summary>The Restaurants routes as a signed-in user calls them; tokens are minted directly (Users is not in the host).</summary>
internal sealed class RestaurantsApi(CampusGHost host)
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    /// <summary>A JSON body from an anonymous object, camelCase as the API reads it.</summary>
    public static string Json(object body) => JsonSerializer.Serialize(body, Web);

    public static string Restaurant(string name = "Koufu stall 3", string location = "SMU SCIS 1, level 1") => Json(new { name, location });

    public static string Item(string name = "Chicken rice", decimal price = 4.50m, int? stock = null) =>
        stock is null ? Json(new { name, price }) : Json(new { name, price, stock });

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, Guid userId, string? json = null, bool admin = false)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", host.TokenFor(userId, admin));
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return host.Client.SendAsync(request);
    }

    public Task<HttpResponseMessage> OpenAsync(Guid ownerId, string json) => SendAsync(HttpMethod.Post, "/v1/restaurants", ownerId, json);

    public async Task<RestaurantResponse> OpenRestaurantAsync(Guid ownerId, string? json = null)
    {
        using var response = await OpenAsync(ownerId, json ?? Restaurant());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await ReadAsync<RestaurantResponse>(response);
    }

    public async Task<RestaurantResponse> GetRestaurantAsync(Guid userId, Guid restaurantId)
    {
        using var response = await SendAsync(HttpMethod.Get, $"/v1/restaurants/{restaurantId}", userId);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ReadAsync<RestaurantResponse>(response);
    }

    public Task<HttpResponseMessage> PatchAsync(Guid userId, Guid restaurantId, string json, bool admin = false) =>
        SendAsync(HttpMethod.Patch, $"/v1/restaurants/{restaurantId}", userId, json, admin);

    public async Task<RestaurantResponse> PatchRestaurantAsync(Guid userId, Guid restaurantId, object body)
    {
        using var response = await PatchAsync(userId, restaurantId, Json(body));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ReadAsync<RestaurantResponse>(response);
    }

    public Task<HttpResponseMessage> AddItemAsync(Guid userId, Guid restaurantId, string json, bool admin = false) =>
        SendAsync(HttpMethod.Post, $"/v1/restaurants/{restaurantId}/items", userId, json, admin);

    public async Task<MenuItemResponse> AddMenuItemAsync(Guid ownerId, Guid restaurantId, string? json = null)
    {
        using var response = await AddItemAsync(ownerId, restaurantId, json ?? Item());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await ReadAsync<MenuItemResponse>(response);
    }

    public Task<HttpResponseMessage> PatchItemAsync(Guid userId, Guid restaurantId, Guid itemId, string json, bool admin = false) =>
        SendAsync(HttpMethod.Patch, $"/v1/restaurants/{restaurantId}/items/{itemId}", userId, json, admin);

    public async Task<MenuItemResponse> PatchMenuItemAsync(Guid ownerId, Guid restaurantId, Guid itemId, object body)
    {
        using var response = await PatchItemAsync(ownerId, restaurantId, itemId, Json(body));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ReadAsync<MenuItemResponse>(response);
    }

    public async Task<RestaurantListResponse> ListAsync(Guid userId, string query)
    {
        using var response = await SendAsync(HttpMethod.Get, $"/v1/restaurants{query}", userId);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ReadAsync<RestaurantListResponse>(response);
    }

    public static async Task<T> ReadAsync<T>(HttpResponseMessage response)
    {
        var body = await response.Content.ReadFromJsonAsync<T>();
        Assert.NotNull(body);
        return body;
    }
}
