using CampusG.Messaging.Outbox;
using CampusG.Auth;
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

namespace CampusG.Users.Features;

internal sealed record TokenRequest(string? Email, string? Password);

internal sealed record TokenResponse(string AccessToken, string TokenType, int ExpiresIn, Guid UserId);

/// <summary><c>POST /v1/auth/token</c>: a bearer token for an e-mail and password. A wrong e-mail and a wrong password look the same.</summary>
internal static class IssueTokenEndpoint
{
    public static void Map(IEndpointRouteBuilder routes) =>
        routes.MapPost("/auth/token", HandleAsync)
            .WithName("IssueToken")
            .WithSummary("Sign in: exchange an e-mail and password for a bearer token")
            .WithDescription("A wrong e-mail and a wrong password give the same 401 INVALID_CREDENTIALS; missing fields give 400 VALIDATION_FAILED. "
                + "Too many failures for one account (or from one address) give 429 RATE_LIMITED with Retry-After, right password included.")
            .Produces<ApiErrorResponse>(StatusCodes.Status400BadRequest)
            .Produces<ApiErrorResponse>(StatusCodes.Status401Unauthorized)
            .Produces<ApiErrorResponse>(StatusCodes.Status429TooManyRequests);

    private static async Task<Ok<TokenResponse>> HandleAsync(
        TokenRequest request, HttpContext http, UsersDbContext db, Passwords passwords, TokenIssuer tokens, SignInThrottle throttle,
        MessageOutbox<UsersDbContext> outbox, TimeProvider time, CancellationToken cancellationToken)
    {
        CheckPresent(request);
        var password = request.Password!;
        var email = AccountRules.NormalizeEmail(request.Email);
        var address = http.ClientAddress();
        throttle.ThrowIfLocked(email, address);
        var user = password.Length <= AccountRules.MaxPasswordLength
            ? await db.Users.SingleOrDefaultAsync(u => u.Email == email, cancellationToken)
            : null;
        if (!passwords.Verify(user, password, time.GetUtcNow().UtcDateTime) || user is null)
        {
            throttle.CountFailure(email, address);
            throw new ApiException(StatusCodes.Status401Unauthorized, UsersErrorCodes.InvalidCredentials, "The e-mail or password is wrong.");
        }

        // Escrow keeps its own note of who can be paid out; repeating the card here at each sign-in also tells it about a
        // card saved before it listened (its update is idempotent). No token leaves Users.
        var now = time.GetUtcNow().UtcDateTime;
        if (user.UsablePaymentMethod(now) is { } card)
        {
            outbox.Send(new PaymentMethodSaved(user.Id, PaymentMethod.ExpiresAt(card.ExpYear, card.ExpMonth), now), user.Id.ToString());
        }

        // Notifications keeps its own copy of the contact details; repeating them here tells it about older accounts.
        outbox.Send(new UserContactChanged(user.Id, user.Email, user.PhoneNumber), user.Id.ToString());

        // Saves a rehashed password, if verification produced one, and the notes above.
        await db.SaveChangesAsync(cancellationToken);
        var (accessToken, expiresIn) = await tokens.IssueAsync(user.Id, user.Email, user.IsAdmin, cancellationToken);
        return TypedResults.Ok(new TokenResponse(accessToken, "Bearer", expiresIn, user.Id));
    }

    private static void CheckPresent(TokenRequest request)
    {
        var failures = new FieldFailures();
        if (request.Email is null)
        {
            failures.Add("email", "is required.");
        }

        if (request.Password is null)
        {
            failures.Add("password", "is required.");
        }

        failures.ThrowIfAny();
    }
}
