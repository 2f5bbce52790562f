using CampusG.Payments.Domain;
using CampusG.Payments.Persistence;
using CampusG.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Payments.Features;

internal static class PaymentQueries
{
    // Every payment command looks its payment up by order: compiled, no per-call expression work (issue 18).
    private static readonly CompiledQuery<Func<PaymentsDbContext, Guid, CancellationToken, Task<Payment?>>> ByOrder =
        new(() => EF.CompileAsyncQuery((PaymentsDbContext db, Guid orderId, CancellationToken cancellationToken) =>
            db.Payments.SingleOrDefault(p => p.OrderId == orderId)));

    /// <summary>The order's payment, tracked, or null.</summary>
    public static Task<Payment?> FindByOrderAsync(this PaymentsDbContext db, Guid orderId, CancellationToken cancellationToken) =>
        ByOrder.For(db)(db, orderId, cancellationToken);
}
