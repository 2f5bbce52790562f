using CampusG.Receipts.Contracts;
using CampusG.Receipts.Domain;
using CampusG.Messaging;
using Microsoft.Extensions.Logging;

namespace CampusG.Receipts.Features;

/// <summary>
/// Issues the version due: renders its HTML, stores it with the version's content (its PDF is rendered from that at its
/// first download, <see cref="ReceiptPdfs"/>), and sends <see cref="ReceiptIssued"/> with a fresh signed link. The
/// files are written before the handler's transaction commits; a retry overwrites them with the same version.
/// </summary>
internal sealed partial class ReceiptIssuer(
    IReceiptStore store, ReceiptPdfs pdfs, ReceiptLinks links, TimeProvider time, ILogger<ReceiptIssuer> logger)
{
    public async Task IssueAsync(OrderReceipt receipt, IMessageContext context, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var version = receipt.Issue(now.UtcDateTime);
        var document = ReceiptDocument.From(receipt, now);
        await store.SaveAsync(ReceiptKeys.For(receipt.ReceiptId, version, ReceiptKeys.Html), ReceiptHtml.Render(document),
            ReceiptKeys.ContentType(ReceiptKeys.Html), cancellationToken);
        await pdfs.SaveDocumentAsync(document, cancellationToken);
        var (url, expiresAt) = await links.CreateAsync(receipt.ReceiptId, version, cancellationToken);
        context.Send(new ReceiptIssued(receipt.OrderId, receipt.ReceiptId, version, receipt.CustomerId!.Value, now, url, expiresAt), receipt.OrderId.ToString());
        Issued(logger, receipt.OrderId, version, document.OrderStatus);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Receipt version {Version} issued for order {OrderId} ({Status})")]
    private static partial void Issued(ILogger logger, Guid orderId, int version, string status);
}
