using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using CampusG.Inventory.Features;
using CampusG.Testing;

namespace CampusG.Inventory.Tests;

/// <summary>The Inventory routes as a signed-in user (or an operator) calls them; tokens are minted directly.</summary>
internal sealed class InventoryApi(CampusGHost host)
{
    public Task<HttpResponseMessage> AdjustAsync(Guid userId, Guid itemId, string json, bool admin = false) =>
        PostAsync(userId, $"/v1/products/{itemId}/adjust", json, admin);

    public Task<HttpResponseMessage> AdjustAsync(Guid userId, Guid itemId, int delta, bool admin = false) =>
        AdjustAsync(userId, itemId, $$"""{"delta":{{delta}}}""", admin);

    public Task<HttpResponseMessage> GetAsync(Guid userId, string path) => host.Client.SendAsync(Request(HttpMethod.Get, path, userId, admin: false));

    public async Task<ItemAvailability> AvailabilityAsync(Guid itemId)
    {
        using var response = await GetAsync(Guid.NewGuid(), $"/v1/products/{itemId}/availability");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ReadAsync<ItemAvailability>(response);
    }

    public Task<HttpResponseMessage> PostAsync(Guid userId, string path, string? json, bool admin = false)
    {
        var request = Request(HttpMethod.Post, path, userId, admin);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return host.Client.SendAsync(request);
    }

    public static async Task<T> ReadAsync<T>(HttpResponseMessage response)
    {
        var body = await response.Content.ReadFromJsonAsync<T>();
        Assert.NotNull(body);
        return body;
    }

    private HttpRequestMessage Request(HttpMethod method, string path, Guid userId, bool admin) => new(method, new Uri(path, UriKind.Relative))
    {
        Headers = { Authorization = new AuthenticationHeaderValue("Bearer", host.TokenFor(userId, admin)) },
    };
}
