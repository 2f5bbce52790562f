using CampusG.Messaging.Outbox;
using CampusG.Users.Contracts;
using CampusG.PaymentGateway;
using CampusG.ServiceDefaults.Errors;
using CampusG.Users.Domain;
using CampusG.Users.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace CampusG.Users.Features;

internal sealed record SavePaymentMethodRequest(string? CardNumber, int? ExpMonth, int? ExpYear, string? Cvc);

/// <summary>
/// <c>PUT /v1/users/me/payment-method</c>: tokenizes the card at the gateway and keeps only the token,
/// brand, last four digits and expiry. The number and cvc go to the gateway and nowhere else.
/// </summary>
internal static class SavePaymentMethodEndpoint
{
    public static void Map(IEndpointRouteBuilder routes) =>
        routes.MapPut("/users/me/payment-method", HandleAsync)
            .WithName("SavePaymentMethod")
            .WithSummary("Save (or replace) the caller's card")
            .WithDescription("cardNumber 12-19 digits passing Luhn, expMonth 1-12, expiry not yet past (good through the end of its month, UTC), cvc 3-4 digits. Only a gateway token, brand, last4 and expiry are kept. 402 CARD_REJECTED when the gateway refuses the card.")
            .Produces<ApiErrorResponse>(StatusCodes.Status400BadRequest)
            .Produces<ApiErrorResponse>(StatusCodes.Status401Unauthorized)
            .Produces<ApiErrorResponse>(StatusCodes.Status402PaymentRequired)
            .RequireAuthorization();

    private static async Task<Ok<PaymentMethodResponse>> HandleAsync(
        SavePaymentMethodRequest request, HttpContext http, UsersDbContext db, IPaymentGateway gateway,
        MessageOutbox<UsersDbContext> outbox, TimeProvider time, ILogger<UsersModule> logger, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var card = CardRules.Parse(request.CardNumber, request.ExpMonth, request.ExpYear, request.Cvc, now);
        var user = await db.Users.SingleCallerAsync(http.User, cancellationToken);
        var result = await gateway.TokenizeAsync(card, cancellationToken);
        if (!result.Succeeded || string.IsNullOrEmpty(result.Token))
        {
            UsersLog.CardRejected(logger, user.Id, result.DeclineCode);
            throw new ApiException(
                StatusCodes.Status402PaymentRequired, UsersErrorCodes.CardRejected, $"The card was refused ({result.DeclineCode ?? "declined"}).");
        }

        var saved = new PaymentMethod(result.Token, result.Brand, result.Last4, card.ExpMonth, card.ExpYear);
        user.SavePaymentMethod(saved, now);
        // Escrow learns that payouts can go to this card (never the token), in the same transaction.
        outbox.Send(new PaymentMethodSaved(user.Id, PaymentMethod.ExpiresAt(card.ExpYear, card.ExpMonth), now), user.Id.ToString());
        await db.SaveChangesAsync(cancellationToken);
        UsersLog.CardSaved(logger, user.Id);
        return TypedResults.Ok(PaymentMethodResponse.From(saved)!);
    }
}
