using System.Text.Json;

namespace CampusG.EndToEnd.Tests.Support;

/// <summary>
/// The money check run after each scenario, from the order's event log and payment view: a finished
/// order's escrow was released or refunded, never both and never twice, and what was held left again; then the ledger's
/// own check over every order so far.
/// </summary>
public static class MoneyCheck
{
    public static async Task AssertSettledAsync(CampusApi user, Guid orderId)
    {
        ArgumentNullException.ThrowIfNull(user);
        var settled = await user.WaitForJsonAsync($"/v1/orders/{orderId}/payment", p =>
            p.GetProperty("escrowStatus").GetString() is "RELEASED" or "REFUNDED" or "FAILED" or "PENDING");
        // The log and the view are written by two handlers; wait until the log has caught up with the view.
        var events = await user.WaitForJsonAsync($"/v1/orders/{orderId}/events", e =>
            Amounts(e, "escrow.fundsHeld").Count == Amounts(e, "escrow.fundsReleased").Count + Amounts(e, "escrow.fundsRefunded").Count(a => a > 0));
        var held = Amounts(events, "escrow.fundsHeld");
        var released = Amounts(events, "escrow.fundsReleased");
        var refunded = Amounts(events, "escrow.fundsRefunded").Where(a => a > 0).ToList();

        Assert.True(held.Count <= 1, $"held {held.Count} times");
        Assert.True(released.Count + refunded.Count == held.Count, $"held {held.Count}, released {released.Count}, refunded {refunded.Count}");
        Assert.Equal(held.Sum(), released.Sum() + refunded.Sum());
        var escrow = settled.GetProperty("escrowStatus").GetString();
        Assert.Equal(released.Count == 1, escrow == "RELEASED");
        Assert.Equal(refunded.Count == 1, escrow == "REFUNDED");
        Assert.False(
            settled.GetProperty("releasedAt").ValueKind != JsonValueKind.Null && settled.GetProperty("refundedAt").ValueKind != JsonValueKind.Null,
            "both released and refunded");
        await AssertLedgerBalancedAsync(user.Http);
    }

    /// <summary>
    /// Money conservation over every order the campus has seen so far, from the ledger itself: every transaction sums to
    /// zero and every order's escrow holds what it should (its amount while HELD, nothing once released or refunded).
    /// </summary>
    /// <returns>The check, for callers that know the campus has held money by now.</returns>
    public static async Task<JsonElement> AssertLedgerBalancedAsync(HttpClient http)
    {
        var admin = await CampusApi.OperatorAsync(http);
        var check = await admin.GetJsonAsync("/v1/admin/ledger/check");
        Assert.Empty(check.GetProperty("unbalanced").EnumerateArray());
        Assert.Empty(check.GetProperty("notConserved").EnumerateArray());
        return check;
    }

    private static List<decimal> Amounts(JsonElement events, string type) =>
        [.. events.GetProperty("items").EnumerateArray()
            .Where(e => e.GetProperty("type").GetString() == type)
            .Select(e => e.GetProperty("payload").GetProperty("amount").GetDecimal())];
}
