namespace CampusG.Receipts.Features;

/// <summary>Where rendered receipt files live (<c>Receipts:Store</c>): one object per receipt, version and format.</summary>
internal interface IReceiptStore
{
    Task SaveAsync(string key, byte[] content, string contentType, CancellationToken cancellationToken);

    /// <summary>The stored bytes, or null when there is no such object.</summary>
    Task<byte[]?> ReadAsync(string key, CancellationToken cancellationToken);
}

internal static class ReceiptKeys
{
    public const string Html = "html";
    public const string Pdf = "pdf";

    /// <summary>The version's content as JSON, which its PDF is rendered from at its first download.</summary>
    public const string Document = "json";

    public static string For(Guid receiptId, int version, string format) => $"{receiptId:N}/v{version}.{format}";

    public static string ContentType(string format) => format switch
    {
        Pdf => "application/pdf",
        Document => "application/json",
        _ => "text/html; charset=utf-8",
    };
}
