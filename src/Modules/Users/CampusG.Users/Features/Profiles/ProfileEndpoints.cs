using CampusG.ServiceDefaults.Errors;
using CampusG.Users.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Users.Features;

/// <summary><c>GET /v1/users/me</c> (the caller's own account) and <c>GET /v1/users/{userId}</c> (anyone's public profile).</summary>
internal static class ProfileEndpoints
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/users/me", GetMineAsync)
            .WithName("GetMyProfile")
            .WithSummary("The caller's account and saved card")
            .Produces<ApiErrorResponse>(StatusCodes.Status401Unauthorized)
            .RequireAuthorization();
        routes.MapGet("/users/{userId:guid}", GetPublicAsync)
            .WithName("GetPublicProfile")
            .WithSummary("Another user's public profile: first name and ratings")
            .Produces<ApiErrorResponse>(StatusCodes.Status401Unauthorized)
            .Produces<ApiErrorResponse>(StatusCodes.Status404NotFound)
            .RequireAuthorization();
    }

    private static async Task<Ok<MyProfileResponse>> GetMineAsync(HttpContext http, UsersDbContext db, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().SingleCallerAsync(http.User, cancellationToken);
        return TypedResults.Ok(MyProfileResponse.From(user));
    }

    private static async Task<Ok<PublicProfileResponse>> GetPublicAsync(Guid userId, UsersDbContext db, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId, cancellationToken)
            ?? throw ApiErrors.NotFound(UsersErrorCodes.UserNotFound, "No user has this id.");
        return TypedResults.Ok(PublicProfileResponse.From(user));
    }
}
