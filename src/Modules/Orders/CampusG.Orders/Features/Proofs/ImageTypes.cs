namespace CampusG.Orders.Features;

/// <summary>Recognises the accepted proof images by their magic bytes, whatever the upload claims.</summary>
internal static class ImageTypes
{
    public const string Jpeg = "image/jpeg";
    public const string Png = "image/png";
    public const string WebP = "image/webp";

    private static readonly byte[] JpegMagic = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The content type of <paramref name="bytes"/>, or null when they are not JPEG, PNG or WebP.</summary>
    public static string? Detect(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(JpegMagic))
        {
            return Jpeg;
        }

        if (bytes.StartsWith(PngMagic))
        {
            return Png;
        }

        return bytes.Length >= 12 && bytes[..4].SequenceEqual("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8) ? WebP : null;
    }
}
