namespace CampusG.Web.Api;

/// <summary>Restaurants and their menus, stock, menu orders and the owner's side of them.</summary>
public sealed partial class CampusApiClient
{
    public Task<ApiResult<RestaurantPage>> ListRestaurantsAsync(string? search, int limit = 50) =>
        SendAsync<RestaurantPage>(HttpMethod.Get, $"v1/restaurants?limit={limit}" + (string.IsNullOrWhiteSpace(search) ? "" : $"&q={Uri.EscapeDataString(search.Trim())}"));

    /// <summary>The restaurants <paramref name="ownerId"/> opened: the API has no owner filter, so every page is read.</summary>
    public async Task<ApiResult<IReadOnlyList<Restaurant>>> ListOwnedRestaurantsAsync(Guid ownerId)
    {
        var owned = new List<Restaurant>();
        string? cursor = null;
        do
        {
            var page = await SendAsync<RestaurantPage>(HttpMethod.Get, "v1/restaurants?limit=100" + (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}"));
            if (!page.Succeeded)
            {
                return new ApiResult<IReadOnlyList<Restaurant>>(null, page.Problem);
            }

            owned.AddRange(page.Body.Items.Where(r => r.OwnerId == ownerId));
            cursor = page.Body.NextCursor;
        }
        while (cursor is not null);
        return new ApiResult<IReadOnlyList<Restaurant>>(owned, null);
    }

    public Task<ApiResult<Restaurant>> GetRestaurantAsync(Guid restaurantId) => SendAsync<Restaurant>(HttpMethod.Get, $"v1/restaurants/{restaurantId}");

    public Task<ApiResult<Restaurant>> OpenRestaurantAsync(OpenRestaurantRequest request) => SendAsync<Restaurant>(HttpMethod.Post, "v1/restaurants", request);

    public Task<ApiResult<Restaurant>> UpdateRestaurantAsync(Guid restaurantId, RestaurantPatch patch) =>
        SendAsync<Restaurant>(HttpMethod.Patch, $"v1/restaurants/{restaurantId}", patch);

    public Task<ApiResult<MenuItem>> AddMenuItemAsync(Guid restaurantId, AddMenuItemRequest request) =>
        SendAsync<MenuItem>(HttpMethod.Post, $"v1/restaurants/{restaurantId}/items", request);

    public Task<ApiResult<MenuItem>> UpdateMenuItemAsync(Guid restaurantId, Guid itemId, MenuItemPatch patch) =>
        SendAsync<MenuItem>(HttpMethod.Patch, $"v1/restaurants/{restaurantId}/items/{itemId}", patch);

    public Task<ApiResult<Availability>> AdjustStockAsync(Guid itemId, int delta) =>
        SendAsync<Availability>(HttpMethod.Post, $"v1/products/{itemId}/adjust", new { delta });

    public Task<ApiResult<Order>> PlaceMenuOrderAsync(PlaceMenuOrderRequest request, string idempotencyKey) =>
        SendAsync<Order>(HttpMethod.Post, "v1/orders", request, idempotencyKey);

    /// <summary>A restaurant's orders, newest first (its owner only); <paramref name="status"/> narrows them.</summary>
    public Task<ApiResult<OrderPage>> ListRestaurantOrdersAsync(Guid restaurantId, string? status = null, int limit = 50) =>
        SendAsync<OrderPage>(HttpMethod.Get, $"v1/restaurants/{restaurantId}/orders?limit={limit}" + (status is null ? "" : $"&status={status}"));

    public Task<ApiResult<RestaurantDecision>> AcceptMenuOrderAsync(Guid restaurantId, Guid orderId, DateTimeOffset estimatedReadyTime) =>
        SendAsync<RestaurantDecision>(HttpMethod.Post, $"v1/restaurants/{restaurantId}/orders/{orderId}", new { action = "ACCEPT", estimatedReadyTime });

    public Task<ApiResult<RestaurantDecision>> RejectMenuOrderAsync(Guid restaurantId, Guid orderId, string? reason) =>
        SendAsync<RestaurantDecision>(HttpMethod.Post, $"v1/restaurants/{restaurantId}/orders/{orderId}",
            new { action = "REJECT", reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim() });

    public Task<ApiResult<ReadyAnswer>> MarkReadyAsync(Guid restaurantId, Guid orderId) =>
        SendAsync<ReadyAnswer>(HttpMethod.Post, $"v1/restaurants/{restaurantId}/orders/{orderId}/ready");

    public Task<ApiResult<PublicProfile>> GetPublicProfileAsync(Guid userId) => SendAsync<PublicProfile>(HttpMethod.Get, $"v1/users/{userId}");
}
