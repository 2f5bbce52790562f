using CampusG.Escrow.Contracts;
using CampusG.Orders.Contracts;
using CampusG.Payments.Contracts;

namespace CampusG.Tracking.Domain;

/// <summary>
/// How far along each status is. A projection moves a status only forwards (to a higher rank), so a
/// duplicate or late event can never move it back. Final statuses share the highest rank.
/// </summary>
internal static class StatusRanks
{
    public const int Final = 100;

    /// <summary>The rank of <paramref name="status"/> in the lifecycle of an order of <paramref name="kind"/>.</summary>
    public static int Order(string? status, string kind = OrderKinds.Errand) => kind == OrderKinds.Menu ? MenuOrder(status) : Order(status);

    private static int MenuOrder(string? status) => status switch
    {
        null => -1,
        OrderStatuses.PendingPayment => 0,
        OrderStatuses.Placed => 1,
        OrderStatuses.Accepted => 2,
        OrderStatuses.RiderAssigned => 3,
        OrderStatuses.PickedUp => 4,
        OrderStatuses.Delivered => 7,
        OrderStatuses.Completed or OrderStatuses.Cancelled => Final,
        _ => -1,
    };

    private static int Order(string? status) => status switch
    {
        null => -1,
        OrderStatuses.PendingPayment => 0,
        OrderStatuses.Created => 1,
        OrderStatuses.Accepted => 2,
        OrderStatuses.OnSite => 3,
        OrderStatuses.Purchased => 4,
        OrderStatuses.Collected => 5,
        OrderStatuses.OnTheWay => 6,
        OrderStatuses.Delivered => 7,
        OrderStatuses.Completed or OrderStatuses.Cancelled => Final,
        _ => -1,
    };

    public static int Payment(string status) => status switch
    {
        PaymentStatuses.Initiating => 0,
        PaymentStatuses.Authorized => 1,
        PaymentStatuses.InEscrow => 2,
        PaymentStatuses.Released or PaymentStatuses.Refunded or PaymentStatuses.Failed => Final,
        _ => -1,
    };

    public static int Escrow(string status) => status switch
    {
        EscrowStatuses.Pending => 0,
        EscrowStatuses.Held => 1,
        EscrowStatuses.Released or EscrowStatuses.Refunded or EscrowStatuses.Failed => Final,
        _ => -1,
    };
}
