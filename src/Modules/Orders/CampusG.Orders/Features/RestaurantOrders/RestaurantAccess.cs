using System.Security.Claims;
using CampusG.Auth;
using CampusG.Orders.Domain;
using CampusG.Orders.Persistence;
using CampusG.ServiceDefaults.Errors;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Orders.Features;

/// <summary>The restaurant routes Orders serves are its owner's (or an admin's): 404 for an unknown restaurant, 403 for others.</summary>
internal static class RestaurantAccess
{
    public static async Task<RestaurantCopy> RequireOwnerAsync(OrdersDbContext db, Guid restaurantId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var restaurant = await db.RestaurantCopies.AsNoTracking().SingleOrDefaultAsync(r => r.Id == restaurantId, cancellationToken)
            ?? throw ApiErrors.NotFound(OrderErrors.RestaurantNotFound, $"Restaurant {restaurantId} was not found.");
        return restaurant.OwnerId == user.UserId() || user.IsInRole(CampusGClaims.AdminRole)
            ? restaurant
            : throw ApiErrors.Forbidden(OrderErrors.NotRestaurantOwner, "Only the restaurant's owner can do this.");
    }

    /// <summary>The restaurant's order, or 404 ORDER_NOT_FOUND when it is another restaurant's (or no order).</summary>
    public static Order RequireOrderOf(Order? order, Guid restaurantId, Guid orderId) =>
        order is not null && order.RestaurantId == restaurantId ? order : throw OrderErrors.NotFound(orderId);
}
