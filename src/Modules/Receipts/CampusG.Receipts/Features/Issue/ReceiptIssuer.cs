using CampusG.Receipts.Contracts;
using CampusG.Receipts.Domain;
using CampusG.Messaging;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CampusG.Receipts.Features;

/// <summary>
/// Issues the version due: renders it (HTML and PDF), stores both, and sends <see cref="ReceiptIssued"/> with a fresh
/// signed link. The files are written before the handler's transaction commits; a retry overwrites them with the same version.
/// </summary>
internal sealed partial class ReceiptIssuer(
    IReceiptStore store, ReceiptLinks links, IOptions<ReceiptsOptions> options, TimeProvider time, ILogger<ReceiptIssuer> logger)
{
    public async Task IssueAsync(OrderReceipt receipt, IMessageContext context, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var version = receipt.Issue(now.UtcDateTime);
        var document = ReceiptDocument.From(receipt, now);
        await store.SaveAsync(ReceiptKeys.For(receipt.ReceiptId, version, ReceiptKeys.Html), ReceiptHtml.Render(document),
            ReceiptKeys.ContentType(ReceiptKeys.Html), cancellationToken);
        await store.SaveAsync(ReceiptKeys.For(receipt.ReceiptId, version, ReceiptKeys.Pdf), ReceiptPdf.Render(document, options.Value.FontFile),
            ReceiptKeys.ContentType(ReceiptKeys.Pdf), cancellationToken);
        var (url, expiresAt) = await links.CreateAsync(receipt.ReceiptId, version, cancellationToken);
        context.Send(new ReceiptIssued(receipt.OrderId, receipt.ReceiptId, version, receipt.CustomerId!.Value, now, url, expiresAt), receipt.OrderId.ToString());
        Issued(logger, receipt.OrderId, version, document.OrderStatus);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Receipt version {Version} issued for order {OrderId} ({Status})")]
    private static partial void Issued(ILogger logger, Guid orderId, int version, string status);
}
