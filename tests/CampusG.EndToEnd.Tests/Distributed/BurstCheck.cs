using System.Text.Json;
using CampusG.EndToEnd.Tests.Support;

namespace CampusG.EndToEnd.Tests.Distributed;

/// <summary>After a burst: every order reached CREATED exactly once, its money held once, and nothing extra exists.</summary>
internal static class BurstCheck
{
    // a backlog of 200 sagas after a crash drains in a minute or two on a small machine
    private static readonly TimeSpan Backlog = TimeSpan.FromMinutes(3);

    /// <param name="ops">An operator: payment and escrow ids are in the operators' view of the log only.</param>
    public static async Task AssertEveryOrderHeldOnceAsync(CampusApi ops, IReadOnlyList<(CampusApi Customer, Guid OrderId)> placed)
    {
        Assert.Equal(placed.Count, placed.Select(p => p.OrderId).Distinct().Count());
        await Parallel.ForEachAsync(placed, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (order, _) =>
        {
            var (customer, orderId) = order;
            await customer.WaitForStatusAsync(orderId, "CREATED", Backlog);
            var payment = await customer.WaitForJsonAsync($"/v1/orders/{orderId}/payment",
                p => p.GetProperty("escrowStatus").GetString() == "HELD", Backlog);
            Assert.Equal("INESCROW", payment.GetProperty("paymentStatus").GetString());
            Assert.Equal(10.50m, payment.GetProperty("amount").GetDecimal());
            var events = await ops.WaitForJsonAsync($"/v1/admin/orders/{orderId}/events",
                e => Count(e, "escrow.fundsHeld") > 0 && Count(e, "payment.authorized") > 0, Backlog);
            Assert.Single(Distinct(events, "payment.authorized", "paymentId"));
            Assert.Single(Distinct(events, "escrow.fundsHeld", "escrowId"));
        });

        // Retried POSTs carried their Idempotency-Key: each customer has exactly the orders the burst placed.
        foreach (var group in placed.GroupBy(p => p.Customer))
        {
            var listed = await group.Key.GetJsonAsync("/v1/orders?role=customer&limit=100");
            var ids = listed.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("orderId").GetGuid()).ToHashSet();
            Assert.True(ids.SetEquals(group.Select(p => p.OrderId)), $"customer {group.Key.UserId} has {ids.Count} orders, placed {group.Count()}");
        }
    }

    private static int Count(JsonElement events, string type) =>
        events.GetProperty("items").EnumerateArray().Count(e => e.GetProperty("type").GetString() == type);

    private static IEnumerable<string?> Distinct(JsonElement events, string type, string idProperty) =>
        events.GetProperty("items").EnumerateArray()
            .Where(e => e.GetProperty("type").GetString() == type)
            .Select(e => e.GetProperty("payload").GetProperty(idProperty).GetString())
            .Distinct();
}
