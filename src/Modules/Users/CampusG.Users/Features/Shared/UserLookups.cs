using System.Security.Claims;
using CampusG.Auth;
using CampusG.ServiceDefaults.Errors;
using CampusG.Users.Domain;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Users.Features;

internal static class UserLookups
{
    /// <summary>The caller's account; a valid token naming no account (e.g. from another deployment) is a 401.</summary>
    public static async Task<User> SingleCallerAsync(this IQueryable<User> users, ClaimsPrincipal caller, CancellationToken cancellationToken)
    {
        var userId = caller.UserId();
        return await users.SingleOrDefaultAsync(u => u.Id == userId, cancellationToken)
            ?? throw ApiErrors.Unauthenticated("The token names an account that does not exist.");
    }
}
