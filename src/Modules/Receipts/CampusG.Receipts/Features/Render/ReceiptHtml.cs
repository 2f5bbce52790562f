using System.Net;
using System.Text;

namespace CampusG.Receipts.Features;

/// <summary>A receipt as one self-contained HTML page; every value is HTML-encoded.</summary>
internal static class ReceiptHtml
{
    private const string Style =
        "body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;color:#222}" +
        "table{width:100%;border-collapse:collapse;margin:1rem 0}td,th{padding:.3rem .5rem;border-bottom:1px solid #ddd;text-align:left}" +
        "td.n{text-align:right}h1{margin-bottom:0}.muted{color:#666}";

    public static byte[] Render(ReceiptDocument d)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").Append(E($"{ReceiptDocument.Platform} receipt"))
            .Append("</title><style>").Append(Style).Append("</style></head><body>");
        html.Append("<h1>").Append(ReceiptDocument.Platform).Append("</h1>");
        html.Append("<p class=\"muted\">Receipt ").Append(E(d.ReceiptId.ToString("D"))).Append(" · version ").Append(d.Version)
            .Append("<br>").Append(E(d.Title)).Append(' ').Append(E(d.OrderId.ToString("D")))
            .Append("<br>Ordered ").Append(E(ReceiptDocument.Date(d.OrderedAt))).Append(" · issued ").Append(E(ReceiptDocument.Date(d.IssuedAt))).Append("</p>");
        AppendItems(html, d);
        AppendRows(html, "amounts", d.Amounts());
        AppendRows(html, "statuses", d.Statuses());
        html.Append("</body></html>");
        return Encoding.UTF8.GetBytes(html.ToString());
    }

    private static void AppendItems(StringBuilder html, ReceiptDocument d)
    {
        if (d.Lines.Count == 0)
        {
            html.Append("<p class=\"description\">").Append(E(d.Description ?? "")).Append("</p>");
            return;
        }

        html.Append("<table class=\"lines\"><tr><th>Item</th><th>Qty</th><th>Unit price</th></tr>");
        foreach (var line in d.Lines)
        {
            html.Append("<tr><td>").Append(E(line.Name)).Append("</td><td class=\"n\">").Append(line.Quantity)
                .Append("</td><td class=\"n\">").Append(ReceiptDocument.Format(line.UnitPrice)).Append("</td></tr>");
        }

        html.Append("</table>");
    }

    private static void AppendRows(StringBuilder html, string cssClass, IReadOnlyList<(string Label, string Value)> rows)
    {
        html.Append("<table class=\"").Append(cssClass).Append("\">");
        foreach (var (label, value) in rows)
        {
            html.Append("<tr><th>").Append(E(label)).Append("</th><td class=\"n\" data-field=\"").Append(E(label)).Append("\">").Append(E(value)).Append("</td></tr>");
        }

        html.Append("</table>");
    }

    private static string E(string value) => WebUtility.HtmlEncode(value);
}
