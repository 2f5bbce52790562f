using System.Text.Json;
using System.Text.Json.Serialization;

namespace CampusG.Restaurants.Features;

/// <summary>
/// The body of <c>PATCH /v1/restaurants/{restaurantId}/items/{itemId}</c>: a field left out keeps its value;
/// <c>description</c> sent as null clears it. The stock is not changed here (Inventory's adjustments).
/// </summary>
internal sealed class UpdateMenuItemRequest : PatchBody
{
    public string? Name { get; init => field = Sent(value); }

    public string? Description { get; init => field = Sent(value); }

    public decimal? Price { get; init => field = Sent(value); }

    public bool? Available { get; init => field = Sent(value); }

    /// <summary>
    /// Fields the body does not name: ignored as in every body, except <c>stock</c>, which is refused rather than
    /// silently dropped.
    /// </summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Others { get; set; }

    public bool SendsStock() => Others?.Keys.Any(k => k.Equals("stock", StringComparison.OrdinalIgnoreCase)) == true;
}
