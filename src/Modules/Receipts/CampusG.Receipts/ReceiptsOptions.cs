namespace CampusG.Receipts;

/// <summary>Configuration section <c>Receipts</c>.</summary>
internal sealed class ReceiptsOptions
{
    public const string SectionName = "Receipts";

    /// <summary><c>FileSystem</c> (default: <c>{CampusG:DataDirectory}/receipts</c>) or <c>S3</c>.</summary>
    public string Store { get; set; } = ReceiptStores.FileSystem;

    /// <summary>How long a signed receipt link stays valid.</summary>
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>The HMAC key of the links (base64, at least 32 bytes); when unset one is generated and kept in the module's database.</summary>
    public string? SigningKey { get; set; }

    /// <summary>The TrueType font of the PDF (DejaVu Sans from Debian's fonts-dejavu-core by default).</summary>
    public string FontFile { get; set; } = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    public S3Options S3 { get; set; } = new();
}

/// <summary>Configuration section <c>Receipts:S3</c>: any S3-compatible store.</summary>
internal sealed class S3Options
{
    public string? ServiceUrl { get; set; }

    public string Bucket { get; set; } = "campusg-receipts";

    public string? AccessKey { get; set; }

    public string? SecretKey { get; set; }

    public bool ForcePathStyle { get; set; } = true;

    public string Region { get; set; } = "us-east-1";
}

internal static class ReceiptStores
{
    public const string FileSystem = "FileSystem";
    public const string S3 = "S3";
}
