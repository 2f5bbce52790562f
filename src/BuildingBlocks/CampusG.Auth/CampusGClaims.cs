using System.Security.Claims;
using CampusG.ServiceDefaults.Errors;

namespace CampusG.Auth;

public static class CampusGClaims
{
    public const string Role = "role";

    /// <summary>The session a token belongs to (<see cref="Sessions.ISessionStore"/>).</summary>
    public const string Session = "sid";
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

    /// <summary>The signed-in session's id; a route that requires authorization always has one.</summary>
    public static Guid SessionId(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Guid.TryParse(user.FindFirstValue(Session), out var id)
            ? id
            : throw new ApiException(401, ApiErrorCodes.Unauthenticated, "The token names no session.");
    }

    /// <summary>When the caller's token expires.</summary>
    public static DateTimeOffset TokenExpiresAt(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return long.TryParse(user.FindFirstValue("exp"), out var seconds) ? DateTimeOffset.FromUnixTimeSeconds(seconds) : DateTimeOffset.MinValue;
    }
}
