using System.Text.Json;
using Microsoft.Extensions.Options;

namespace CampusG.Receipts.Features;

/// <summary>
/// A receipt version's PDF, rendered at its first download and kept in the store from then on. Issuing stores the
/// version's content (<see cref="ReceiptKeys.Document"/>) instead of a PDF: rendering one costs about 2 ms of CPU (the
/// embedded font's subset and its compression), on every order's path, for a file few customers open (decision 032).
/// The content is that version's for good, so a PDF rendered later states what one rendered at issue would have (its
/// dates are the version's issue time); its layout and font are those of the build that renders it.
/// </summary>
internal sealed class ReceiptPdfs(IReceiptStore store, IOptions<ReceiptsOptions> options)
{
    // A stored format: a field missing from the JSON fails the read instead of rendering a receipt with a blank.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { RespectRequiredConstructorParameters = true };

    public Task SaveDocumentAsync(ReceiptDocument document, CancellationToken cancellationToken) =>
        store.SaveAsync(ReceiptKeys.For(document.ReceiptId, document.Version, ReceiptKeys.Document),
            Write(document), ReceiptKeys.ContentType(ReceiptKeys.Document), cancellationToken);

    internal static byte[] Write(ReceiptDocument document) => JsonSerializer.SerializeToUtf8Bytes(document, Json);

    internal static ReceiptDocument Read(byte[] json) =>
        JsonSerializer.Deserialize<ReceiptDocument>(json, Json) ?? throw new JsonException("A receipt's content is null.");

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

        if (await store.ReadAsync(ReceiptKeys.For(receiptId, version, ReceiptKeys.Document), cancellationToken) is not { } json)
        {
            return null;
        }

        var pdf = ReceiptPdf.Render(Read(json), options.Value.FontFile);
        await store.SaveAsync(key, pdf, ReceiptKeys.ContentType(ReceiptKeys.Pdf), cancellationToken);
        return pdf;
    }
}
