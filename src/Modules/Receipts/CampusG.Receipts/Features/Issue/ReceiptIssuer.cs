using CampusG.Receipts.Contracts;
using CampusG.Receipts.Domain;
using CampusG.Messaging;
using Microsoft.Extensions.Logging;

namespace CampusG.Receipts.Features;

/// <summary>
/// Issues the version due: stores the version's content (its HTML and PDF are rendered from that at their first
/// download, <see cref="ReceiptFiles"/>), and sends <see cref="ReceiptIssued"/> with a fresh signed link. The content
/// is written before the handler's transaction commits; a retry overwrites it with the same version.
/// </summary>
internal sealed partial class ReceiptIssuer(
    ReceiptFiles files, ReceiptLinks links, TimeProvider time, ILogger<ReceiptIssuer> logger)
{
    public async Task IssueAsync(OrderReceipt receipt, IMessageContext context, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var version = receipt.Issue(now.UtcDateTime);
        var document = ReceiptDocument.From(receipt, now);
        await files.SaveDocumentAsync(document, cancellationToken);
        var (url, expiresAt) = await links.CreateAsync(receipt.ReceiptId, version, cancellationToken);
        context.Send(new ReceiptIssued(receipt.OrderId, receipt.ReceiptId, version, receipt.CustomerId!.Value, now, url, expiresAt), receipt.OrderId.ToString());
        Issued(logger, receipt.OrderId, version, document.OrderStatus);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Receipt version {Version} issued for order {OrderId} ({Status})")]
    private static partial void Issued(ILogger logger, Guid orderId, int version, string status);
}
