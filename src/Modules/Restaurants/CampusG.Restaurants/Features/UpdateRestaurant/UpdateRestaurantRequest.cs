namespace CampusG.Restaurants.Features;

/// <summary>
/// The body of <c>PATCH /v1/restaurants/{restaurantId}</c>: a field left out keeps its value; <c>description</c>
/// sent as null clears it, and <c>lat</c> and <c>lng</c> are sent together (both null clears the position).
/// </summary>
internal sealed class UpdateRestaurantRequest : PatchBody
{
    public string? Name { get; init => field = Sent(value); }

    public string? Description { get; init => field = Sent(value); }

    public string? Location { get; init => field = Sent(value); }

    public string? Status { get; init => field = Sent(value); }

    public double? Lat { get; init => field = Sent(value); }

    public double? Lng { get; init => field = Sent(value); }
}
