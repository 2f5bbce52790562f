using System.Security.Claims;
using CampusG.ServiceDefaults.Errors;

namespace CampusG.ServiceDefaults.Auth;

public static class CampusGClaims
{
    public const string Role = "role";
    public const string AdminRole = "admin";

    /// <summary>The authorization policy of the operations routes.</summary>
    public const string AdminPolicy = "admin";

    /// <summary>The signed-in user's id; a route that requires authorization always has one.</summary>
    public static Guid UserId(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Guid.TryParse(user.FindFirstValue("sub"), out var id)
            ? id
            : throw new ApiException(401, ApiErrorCodes.Unauthenticated, "The token does not name a user.");
    }
}
