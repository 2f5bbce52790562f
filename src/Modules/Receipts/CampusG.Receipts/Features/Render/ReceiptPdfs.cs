using System.Text.Json;
using Microsoft.Extensions.Options;

namespace CampusG.Receipts.Features;

/// <summary>
/// A receipt version's PDF, rendered at its first download and kept in the store from then on. Issuing stores the
/// version's content (<see cref="ReceiptKeys.Document"/>) instead of a PDF: rendering one costs about 2 ms of CPU (the
/// embedded font's subset and its compression), on every order's path, for a file few customers open (decision 032).
/// The content is that version's for good, so a PDF rendered later says what one rendered at issue would have.
/// </summary>
internal sealed class ReceiptPdfs(IReceiptStore store, IOptions<ReceiptsOptions> options)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Task SaveDocumentAsync(ReceiptDocument document, CancellationToken cancellationToken) =>
        store.SaveAsync(ReceiptKeys.For(document.ReceiptId, document.Version, ReceiptKeys.Document),
            JsonSerializer.SerializeToUtf8Bytes(document, Json), ReceiptKeys.ContentType(ReceiptKeys.Document), cancellationToken);

    /// <summary>
    /// The stored PDF, or one rendered now from the version's content and stored; null when the version has neither.
    /// Two first downloads at once both render and store the same content; the store keeps one whole file.
    /// </summary>
    public async Task<byte[]?> ReadAsync(Guid receiptId, int version, CancellationToken cancellationToken)
    {
        var key = ReceiptKeys.For(receiptId, version, ReceiptKeys.Pdf);
        if (await store.ReadAsync(key, cancellationToken) is { } stored)
        {
            return stored;
        }

        if (await store.ReadAsync(ReceiptKeys.For(receiptId, version, ReceiptKeys.Document), cancellationToken) is not { } json
            || JsonSerializer.Deserialize<ReceiptDocument>(json, Json) is not { } document)
        {
            return null;
        }

        var pdf = ReceiptPdf.Render(document, options.Value.FontFile);
        await store.SaveAsync(key, pdf, ReceiptKeys.ContentType(ReceiptKeys.Pdf), cancellationToken);
        return pdf;
    }
}
