using CampusG.Messaging;

namespace CampusG.Receipts.Contracts;

/// <summary>
/// A receipt (version <paramref name="Version"/>) was issued for an order; <paramref name="Url"/> is its signed link,
/// valid until <paramref name="ExpiresAt"/>. The link is a bearer of the receipt, so it stays out of the event log.
/// </summary>
[Message("receipt.issued")]
public sealed record ReceiptIssued(Guid OrderId, Guid ReceiptId, int Version, Guid CustomerId, DateTimeOffset At, [Sensitive] string Url, DateTimeOffset ExpiresAt);
