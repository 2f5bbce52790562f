using CampusG.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CampusG.Restaurants.Features;

/// <summary>What every owner-only route may answer besides its success.</summary>
internal static class OwnerRoutes
{
    /// <summary><c>400 VALIDATION_FAILED</c>, <c>403 NOT_RESTAURANT_OWNER</c>, <c>404 RESTAURANT_NOT_FOUND</c> (or <c>ITEM_NOT_FOUND</c>).</summary>
    public static RouteHandlerBuilder ProducesOwnerErrors(this RouteHandlerBuilder route) => route
        .Produces<ApiErrorResponse>(StatusCodes.Status400BadRequest)
        .Produces<ApiErrorResponse>(StatusCodes.Status403Forbidden)
        .Produces<ApiErrorResponse>(StatusCodes.Status404NotFound);
}
