using System.Text;
using System.Text.Json;
using CampusG.Receipts.Domain;
using CampusG.Receipts.Features;

namespace CampusG.Receipts.Tests;

/// <summary>A version's stored content, which its PDF is rendered from at the first download, reads back whole.</summary>
public sealed class ReceiptContentTests
{
    private static readonly ReceiptDocument Final = new(
        Guid.NewGuid(), 3, Guid.NewGuid(), "MENU", null,
        [new ReceiptLine("Laksa", 6.50m, 2), new ReceiptLine("Teh tarik", 1.80m, 1)],
        14.80m, 2.50m, 17.30m, "CANCELLED", "REFUNDED", "REFUNDED",
        new ReceiptSettlement(0m, 0m, 17.30m), "RESTAURANT_REJECTED",
        new DateTimeOffset(2026, 12, 6, 11, 58, 0, TimeSpan.Zero), new DateTimeOffset(2026, 12, 6, 12, 30, 15, TimeSpan.Zero));

    [Fact]
    public void AFinalMenuVersion_WithLinesSettlementAndReason_ReadsBackAsWritten()
    {
        var read = ReceiptFiles.Read(ReceiptFiles.Write(Final));

        Assert.Equal(Final.Lines, read.Lines);
        Assert.Equal(Final.Settlement, read.Settlement);
        Assert.Equal(Final with { Lines = read.Lines }, read);
        Assert.Equal(Final.Amounts(), read.Amounts());
        Assert.Equal(Final.Statuses(), read.Statuses());
    }

    [Fact]
    public void ContentMissingAField_FailsToRead_InsteadOfRenderingABlank()
    {
        var json = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(ReceiptFiles.Write(Final))!;
        json.Remove("orderStatus");

        Assert.ThrowsAny<JsonException>(() => ReceiptFiles.Read(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(json))));
    }
}
