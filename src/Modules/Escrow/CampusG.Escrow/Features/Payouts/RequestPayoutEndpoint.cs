using System.Security.Claims;
using CampusG.Auth;
using CampusG.Escrow.Persistence;
using CampusG.Messaging;
using CampusG.Messaging.Outbox;
using CampusG.Persistence;
using CampusG.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Escrow.Features;

internal sealed record PayoutRequest(decimal? Amount);

internal sealed record PayoutAccepted(Guid PayoutId, decimal Amount, string Status);

/// <summary>
/// <c>POST /v1/users/me/payouts</c>: pays the balance (or <c>amount</c> of it) out to the caller's saved card. The
/// balance check, the payout row, the ledger move and the event that starts the Payout saga commit together; two
/// requests for the same balance take turns through the payee row's version, so only one of them gets the money.
/// </summary>
internal static class RequestPayoutEndpoint
{
    public const string NoPayoutMethod = "NO_PAYOUT_METHOD";
    public const string InsufficientBalance = "INSUFFICIENT_BALANCE";
    private const int Attempts = 5;

    public static void Map(RouteGroupBuilder me) =>
        me.MapPost("/payouts", HandleAsync)
            .WithName("RequestPayout")
            .WithSummary("Cash out: the balance, or part of it, to the saved card.")
            .Produces<ApiErrorResponse>(StatusCodes.Status400BadRequest)
            .Produces<ApiErrorResponse>(StatusCodes.Status409Conflict);

    private static async Task<Accepted<PayoutAccepted>> HandleAsync(
        PayoutRequest? request, ClaimsPrincipal user, EscrowDbContext db, WriteGate<EscrowDbContext> writes, MessageOutbox<EscrowDbContext> outbox,
        TimeProvider time, CancellationToken cancellationToken)
    {
        var wanted = Validate(request?.Amount);
        var userId = user.UserId();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var turn = await writes.EnterAsync(cancellationToken);
                var accepted = await TryAsync(db, outbox, userId, wanted, time.GetUtcNow().UtcDateTime, cancellationToken);
                return TypedResults.Accepted((string?)null, accepted);
            }
            catch (DbUpdateConcurrencyException) when (attempt < Attempts)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    private static async Task<PayoutAccepted> TryAsync(
        EscrowDbContext db, MessageOutbox<EscrowDbContext> outbox, Guid userId, long? wanted, DateTime now, CancellationToken cancellationToken)
    {
        var payee = await db.Payees.SingleOrDefaultAsync(p => p.UserId == userId, cancellationToken);
        if (payee?.CanBePaidOut(now) != true)
        {
            throw ApiErrors.Conflict(NoPayoutMethod, "Save a card first: payouts go to your saved card.");
        }

        var balance = await LedgerBook.BalanceAsync(db, userId, cancellationToken);
        var amount = wanted ?? balance;
        if (amount <= 0 || amount > balance)
        {
            throw ApiErrors.Conflict(InsufficientBalance, $"Your balance is {Money.FromMinor(Math.Max(balance, 0)):0.00}.");
        }

        var requested = LedgerBook.RequestPayout(db, payee, amount, automatic: false, now);
        outbox.Send(requested, requested.PayoutId.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return new PayoutAccepted(requested.PayoutId, requested.Amount, "PENDING");
    }

    private static long? Validate(decimal? amount) => amount switch
    {
        null => null,
        <= 0 or > 99999.99m => throw ApiErrors.Validation(("amount", "must be above 0.00 and at most 99999.99.")),
        { } a when !Money.HasAtMostTwoDecimals(a) => throw ApiErrors.Validation(("amount", "has at most two decimals.")),
        { } a => Money.ToMinor(a),
    };
}
