using CampusG.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CampusG.Inventory.Features;

internal sealed record AvailabilityRequest(IReadOnlyList<Guid>? ItemIds);

internal sealed record AvailabilityListResponse(IReadOnlyList<ItemAvailability> Items, IReadOnlyList<Guid> UnknownItemIds);

/// <summary>
/// <c>GET /v1/products/{itemId}/availability</c> and <c>POST /v1/products/availability</c> (1–100 ids): whether items
/// can be ordered and how many are left, for any signed-in user.
/// </summary>
internal static class AvailabilityEndpoints
{
    public const int MaxItems = 100;

    public static void Map(RouteGroupBuilder products)
    {
        products.MapGet("/{itemId:guid}/availability", GetOneAsync)
            .WithName("GetItemAvailability")
            .WithSummary("Whether an item can be ordered and how many are left.")
            .Produces<ApiErrorResponse>(StatusCodes.Status404NotFound);
        products.MapPost("/availability", GetManyAsync)
            .WithName("GetItemsAvailability")
            .WithSummary("The availability of up to 100 items, in the order asked; unknown ids listed apart.")
            .Produces<ApiErrorResponse>(StatusCodes.Status400BadRequest);
    }

    private static async Task<Ok<ItemAvailability>> GetOneAsync(Guid itemId, AvailabilityReader reader, CancellationToken cancellationToken)
    {
        var found = await reader.ReadAsync([itemId], cancellationToken);
        return TypedResults.Ok(found.GetValueOrDefault(itemId) ?? throw StockErrors.NotFound(itemId));
    }

    private static async Task<Ok<AvailabilityListResponse>> GetManyAsync(
        AvailabilityRequest request, AvailabilityReader reader, CancellationToken cancellationToken)
    {
        if (request.ItemIds is not { Count: >= 1 and <= MaxItems } asked)
        {
            throw ApiErrors.Validation(("itemIds", $"is required: 1 to {MaxItems} item ids."));
        }

        // An id asked for twice is answered once, where it was first asked for.
        var ids = asked.Distinct().ToList();
        var found = await reader.ReadAsync(ids, cancellationToken);
        return TypedResults.Ok(new AvailabilityListResponse(
            [.. ids.Where(found.ContainsKey).Select(id => found[id])], [.. ids.Where(id => !found.ContainsKey(id))]));
    }
}
