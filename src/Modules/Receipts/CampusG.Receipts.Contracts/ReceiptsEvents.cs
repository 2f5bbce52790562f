using CampusG.Messaging;

namespace CampusG.Receipts.Contracts;

/// <summary>
/// A receipt version was stored: v1 when the order is open (an errand CREATED, a menu order PLACED), a later one when it is
/// COMPLETED or CANCELLED and its money settled (and again when a refund changed it). <paramref name="Url"/> is a signed
/// bearer link valid until <paramref name="ExpiresAt"/>: sensitive, so the event log never stores it.
/// </summary>
[Message("receipt.issued")]
public sealed record ReceiptIssued(
    Guid OrderId, Guid ReceiptId, int Version, [Addressee] Guid CustomerId, DateTimeOffset At, [Sensitive] string Url, DateTimeOffset ExpiresAt);
