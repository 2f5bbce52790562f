using System.Threading.RateLimiting;
using CampusG.Messaging.Outbox;
using CampusG.ServiceDefaults.Errors;
using CampusG.ServiceDefaults.Limits;
using CampusG.Users.Contracts;
using CampusG.Users.Domain;
using CampusG.Users.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CampusG.Users.Features;

/// <summary>Every field is optional here so that a missing one is a validation error, not a binding failure.</summary>
internal sealed record SignUpRequest(string? Email, string? Password, string? FirstName, string? LastName, string? PhoneNumber);

/// <summary><c>POST /v1/users</c>: creates an account; the configured admin e-mail gets the admin role.</summary>
internal static class SignUpEndpoint
{
    public const string RateLimitPolicy = "sign-ups";

    public static void Map(IEndpointRouteBuilder routes) =>
        routes.MapPost("/users", HandleAsync)
            .RequireRateLimiting(RateLimitPolicy)
            .WithName("SignUp")
            .WithSummary("Create an account")
            .WithDescription("E-mail is trimmed and lower-cased; password 8-128 characters; names 1-100 characters (trimmed); phone in E.164. 409 EMAIL_TAKEN when the e-mail exists in any case.")
            .Produces<ApiErrorResponse>(StatusCodes.Status400BadRequest)
            .Produces<ApiErrorResponse>(StatusCodes.Status409Conflict)
            .Produces<ApiErrorResponse>(StatusCodes.Status429TooManyRequests);

    /// <summary><c>RateLimits:SignUpsPerAddress</c> sign-ups per <c>RateLimits:SignUpWindow</c> from one client address.</summary>
    public static RateLimitPartition<string> RateLimit(HttpContext http)
    {
        var limits = http.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
        return RateLimitPartition.GetSlidingWindowLimiter(http.ClientAddress(), _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = limits.SignUpsPerAddress, Window = limits.SignUpWindow, SegmentsPerWindow = 12, QueueLimit = 0,
        });
    }

    private static async Task<Created<UserResponse>> HandleAsync(
        SignUpRequest request, UsersDbContext db, Passwords passwords, IOptions<UsersOptions> options,
        MessageOutbox<UsersDbContext> outbox, TimeProvider time, ILogger<UsersModule> logger, CancellationToken cancellationToken)
    {
        var account = AccountRules.Parse(request.Email, request.Password, request.FirstName, request.LastName, request.PhoneNumber);
        if (await db.Users.AnyAsync(u => u.Email == account.Email, cancellationToken))
        {
            throw EmailTaken();
        }

        var now = time.GetUtcNow().UtcDateTime;
        var user = User.Register(account, options.Value.IsAdminEmail(account.Email), now);
        passwords.Set(user, account.Password, now);
        db.Users.Add(user);
        outbox.Send(new UserContactChanged(user.Id, user.Email, user.PhoneNumber), user.Id.ToString());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Lost a race with a concurrent sign-up: the unique index kept the other one.
            if (await EmailExistsAsync(db, account.Email, cancellationToken))
            {
                throw EmailTaken();
            }

            throw;
        }

        UsersLog.SignedUp(logger, user.Id);
        return TypedResults.Created($"/v1/users/{user.Id}", UserResponse.From(user));
    }

    private static async Task<bool> EmailExistsAsync(UsersDbContext db, string email, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return await db.Users.AnyAsync(u => u.Email == email, cancellationToken);
    }

    private static ApiException EmailTaken() =>
        ApiErrors.Conflict(UsersErrorCodes.EmailTaken, "An account with this e-mail address already exists.");
}
