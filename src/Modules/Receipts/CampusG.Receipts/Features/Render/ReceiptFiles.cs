using System.Text.Json;
using Microsoft.Extensions.Options;

namespace CampusG.Receipts.Features;

/// <summary>
/// A receipt version's HTML and PDF, each rendered at its first download and kept in the store from then on. Issuing
/// stores only the version's content (<see cref="ReceiptKeys.Document"/>): a PDF costs about 2 ms of CPU to render
/// (decision 032), and every file written on the order path is a write of its own (two per version before, a PUT each
/// on S3) for files few customers open (decision 034). The content is that version's for good, so a file rendered
/// later states what one rendered at issue would have (its dates are the version's issue time); its layout and font
/// are those of the build that renders it.
/// </summary>
internal sealed class ReceiptFiles(IReceiptStore store, IOptions<ReceiptsOptions> options)
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
    /// The stored file of <paramref name="kind"/> (<see cref="ReceiptKeys.Html"/> or <see cref="ReceiptKeys.Pdf"/>), or
    /// one rendered now from the version's content and stored; null when the version has neither. Two first downloads
    /// at once both render and store the same content; the store keeps one whole file.
    /// </summary>
    public async Task<byte[]?> ReadAsync(Guid receiptId, int version, string kind, CancellationToken cancellationToken)
    {
        var key = ReceiptKeys.For(receiptId, version, kind);
        if (await store.ReadAsync(key, cancellationToken) is { } stored)
        {
            return stored;
        }

        if (await store.ReadAsync(ReceiptKeys.For(receiptId, version, ReceiptKeys.Document), cancellationToken) is not { } json)
        {
            return null;
        }

        var document = Read(json);
        var rendered = kind == ReceiptKeys.Pdf ? ReceiptPdf.Render(document, options.Value.FontFile) : ReceiptHtml.Render(document);
        await store.SaveAsync(key, rendered, ReceiptKeys.ContentType(kind), cancellationToken);
        return rendered;
    }
}
