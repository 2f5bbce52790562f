using System.Security.Claims;
using CampusG.Auth;
using CampusG.Auth.Sessions;
using CampusG.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CampusG.Users.Features;

/// <summary><c>POST /v1/auth/logout</c>: ends the caller's session, so this token stops working at once everywhere.</summary>
internal static class SignOutEndpoint
{
    public static void Map(IEndpointRouteBuilder routes) =>
        routes.MapPost("/auth/logout", HandleAsync)
            .RequireAuthorization()
            .WithName("SignOut")
            .WithSummary("Sign out: the token stops working on every route, open notification streams included")
            .Produces(StatusCodes.Status204NoContent)
            .Produces<ApiErrorResponse>(StatusCodes.Status401Unauthorized);

    private static async Task<NoContent> HandleAsync(ClaimsPrincipal user, ISessionStore sessions, CancellationToken cancellationToken)
    {
        await sessions.EndAsync(user.SessionId(), cancellationToken);
        return TypedResults.NoContent();
    }
}
