namespace CampusG.Receipts.Domain;

/// <summary>The generated HMAC key of the receipt links (base64), shared by every process through the module's database.</summary>
internal sealed class LinkSigningKey
{
    public const string LinkKeyName = "receipt-links";

    public required string Name { get; init; }

    public required string Key { get; init; }
}
