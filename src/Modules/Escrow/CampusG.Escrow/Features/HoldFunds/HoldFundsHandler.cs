using CampusG.Escrow.Contracts;
using CampusG.Escrow.Domain;
using CampusG.Escrow.Persistence;
using CampusG.Messaging;
using CampusG.Persistence;
using CampusG.ServiceDefaults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CampusG.Escrow.Features;

/// <summary>Opens the order's escrow and holds the amount, once; a repeated command repeats the reply.</summary>
internal sealed class HoldFundsHandler(
    EscrowDbContext db, TimeProvider time, IOptions<EscrowOptions> options, FaultInjection faults) : IMessageHandler<HoldFunds>
{
    // On every order's path: compiled, no per-call expression work (issue 18).
    private static readonly CompiledQuery<Func<EscrowDbContext, Guid, CancellationToken, Task<EscrowAccount?>>> AccountByOrder =
        new(() => EF.CompileAsyncQuery((EscrowDbContext db, Guid orderId, CancellationToken cancellationToken) =>
            db.Accounts.SingleOrDefault(a => a.OrderId == orderId)));

    public async Task HandleAsync(HoldFunds message, IMessageContext context, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var account = await AccountByOrder.For(db)(db, message.OrderId, cancellationToken);
        if (account is null)
        {
            account = EscrowAccount.Open(
                message.OrderId, message.CustomerId, message.PaymentId, Money.ToMinor(message.FoodFee), Money.ToMinor(message.DeliveryFee), now.UtcDateTime);
            db.Accounts.Add(account);
            if (faults.ShouldFail("escrow.holdFunds"))
            {
                account.Fail("The escrow service refused the hold (injected fault).", now.UtcDateTime);
            }
            else if (Money.FromMinor(account.AmountMinor) > options.Value.MaxHoldAmount)
            {
                account.Fail($"The amount exceeds the escrow limit of {options.Value.MaxHoldAmount:0.00}.", now.UtcDateTime);
            }
            else
            {
                account.Hold(now.UtcDateTime);
                db.Ledger.AddRange(LedgerEntry.Transfer(
                    new($"hold:{account.OrderId}", LedgerKinds.Hold, now.UtcDateTime, account.OrderId),
                    LedgerAccounts.CustomerOf(account.CustomerId), LedgerAccounts.EscrowOf(account.OrderId), account.AmountMinor));
            }
        }

        if (account.Status == EscrowStatuses.Failed)
        {
            context.Send(new FundsHoldFailed(account.OrderId, account.FailureReason ?? "hold failed", now));
        }
        else if (account.Status != EscrowStatuses.Pending)
        {
            context.Send(new FundsHeld(account.OrderId, account.Id, Money.FromMinor(account.AmountMinor), new DateTimeOffset(account.HeldAt!.Value, TimeSpan.Zero)));
        }
    }
}
