using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace CampusG.Receipts.Features;

/// <summary>A receipt as a one-page A4 PDF (PDFsharp), in the font of <c>Receipts:FontFile</c>.</summary>
internal static class ReceiptPdf
{
    private const double Margin = 50;
    private const double LineHeight = 16;
    private static readonly Lock Gate = new();

    public static byte[] Render(ReceiptDocument d, string fontFile)
    {
        UseFont(fontFile);
        using var document = new PdfDocument();
        document.Info.Title = $"{ReceiptDocument.Platform} receipt {d.ReceiptId:D} v{d.Version}";
        document.Info.Creator = ReceiptDocument.Platform;
        // The version's time, not the rendering's: a PDF rendered at its first download says when it was issued.
        document.Info.CreationDate = d.IssuedAt.UtcDateTime;
        document.Info.ModificationDate = d.IssuedAt.UtcDateTime;
        var page = document.AddPage();
        using (var gfx = XGraphics.FromPdfPage(page))
        {
            var writer = new PageWriter(gfx, page.Width.Point - (2 * Margin));
            writer.Line(ReceiptDocument.Platform, 20);
            writer.Line($"Receipt {d.ReceiptId:D} · version {d.Version}", 9);
            writer.Line($"{d.Title} {d.OrderId:D}", 9);
            writer.Line($"Ordered {ReceiptDocument.Date(d.OrderedAt)} · issued {ReceiptDocument.Date(d.IssuedAt)}", 9);
            writer.Gap();
            if (d.Lines.Count == 0)
            {
                writer.Line(d.Description ?? "", 11);
            }

            foreach (var line in d.Lines)
            {
                writer.Row($"{line.Quantity} × {line.Name}", ReceiptDocument.Format(line.UnitPrice));
            }

            writer.Gap();
            foreach (var (label, amount) in d.Amounts())
            {
                writer.Row(label, amount);
            }

            writer.Gap();
            foreach (var (label, value) in d.Statuses())
            {
                writer.Row(label, value);
            }
        }

        using var stream = new MemoryStream();
        document.Save(stream, false);
        return stream.ToArray();
    }

    /// <summary>PDFsharp on Linux needs a font resolver; it is process-wide and set once.</summary>
    private static void UseFont(string fontFile)
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is null)
            {
                GlobalFontSettings.FontResolver = new FileFontResolver(fontFile);
            }
        }
    }

    private sealed class PageWriter(XGraphics gfx, double width)
    {
        private double _y = Margin;

        public void Line(string text, double size)
        {
            var font = new XFont(FileFontResolver.Family, size, XFontStyleEx.Regular);
            gfx.DrawString(text, font, XBrushes.Black, new XRect(Margin, _y, width, size + 4), XStringFormats.TopLeft);
            _y += Math.Max(LineHeight, size + 6);
        }

        public void Row(string label, string value)
        {
            var font = new XFont(FileFontResolver.Family, 11, XFontStyleEx.Regular);
            gfx.DrawString(label, font, XBrushes.Black, new XRect(Margin, _y, width, LineHeight), XStringFormats.TopLeft);
            gfx.DrawString(value, font, XBrushes.Black, new XRect(Margin, _y, width, LineHeight), XStringFormats.TopRight);
            _y += LineHeight;
        }

        public void Gap() => _y += LineHeight / 2;
    }
}

/// <summary>Every face resolves to the one TrueType file configured (DejaVu Sans by default).</summary>
internal sealed class FileFontResolver(string fontFile) : IFontResolver
{
    public const string Family = "ReceiptSans";

    private readonly Lazy<byte[]> _bytes = new(() => File.Exists(fontFile)
        ? File.ReadAllBytes(fontFile)
        : throw new FileNotFoundException($"The receipts' PDF font {fontFile} is missing (install fonts-dejavu-core, or set Receipts:FontFile).", fontFile));

    public FontResolverInfo? ResolveTypeface(string familyName, bool isBold, bool isItalic) => new(Family);

    public byte[]? GetFont(string faceName) => _bytes.Value;
}
