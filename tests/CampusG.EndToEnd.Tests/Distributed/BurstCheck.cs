using System.Net.Http.Json;
using System.Text;
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
            try
            {
                await customer.WaitForStatusAsync(orderId, "CREATED", Backlog);
            }
            catch (Xunit.Sdk.XunitException ex)
            {
                string description;
                try
                {
                    description = await DescribeAsync(ops, placed, orderId);
                }
                catch (Exception describing) when (describing is HttpRequestException or JsonException or InvalidOperationException or KeyNotFoundException)
                {
                    description = $"(no description: {describing.Message})";
                }

                throw new Xunit.Sdk.XunitException($"{ex.Message}\n{description}");
            }

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

    /// <summary>
    /// Where a stuck order's saga stopped, for the failure message: every burst order's status, the order's event log,
    /// its Create Order saga's steps and the dead letters (a failure in CI cannot be looked at afterwards).
    /// </summary>
    private static async Task<string> DescribeAsync(CampusApi ops, IReadOnlyList<(CampusApi Customer, Guid OrderId)> placed, Guid orderId)
    {
        var text = new StringBuilder();
        var statuses = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (customer, id) in placed)
        {
            using var response = await customer.SendAsync(HttpMethod.Get, $"/v1/orders/{id}");
            var status = response.IsSuccessStatusCode
                ? (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString() ?? "?"
                : $"HTTP {(int)response.StatusCode}";
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
        }

        text.AppendLine($"burst orders by status: {string.Join(", ", statuses.Select(s => $"{s.Key} {s.Value}"))}");
        text.AppendLine($"events of {orderId}: {await GetTextAsync(ops, $"/v1/admin/orders/{orderId}/events", Types)}");
        text.AppendLine($"its saga: {await GetTextAsync(ops, "/v1/admin/sagas?type=CreateOrder", json => SagaOf(json, orderId))}");
        text.Append($"dead letters: {await GetTextAsync(ops, "/v1/admin/dead-letters?limit=20", DeadLetters)}");
        return text.ToString();
    }

    private static async Task<string> GetTextAsync(CampusApi ops, string path, Func<JsonElement, string> describe)
    {
        using var response = await ops.SendAsync(HttpMethod.Get, path);
        return response.IsSuccessStatusCode
            ? describe(await response.Content.ReadFromJsonAsync<JsonElement>())
            : $"HTTP {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
    }

    private static string Types(JsonElement events) =>
        string.Join(" ", events.GetProperty("items").EnumerateArray().Select(e => $"{e.GetProperty("type").GetString()}@{e.GetProperty("timestamp")}"));

    private static string SagaOf(JsonElement sagas, Guid orderId) =>
        sagas.GetProperty("items").EnumerateArray()
            .Where(s => s.GetProperty("correlationId").GetString() == orderId.ToString())
            .Select(s => s.ToString())
            .FirstOrDefault() ?? "not among the 100 newest Create Order sagas";

    private static string DeadLetters(JsonElement letters) =>
        string.Join("; ", letters.GetProperty("items").EnumerateArray().Select(d =>
            $"{d.GetProperty("queue").GetString()} {d.GetProperty("type").GetString()} {d.GetProperty("handler").GetString()}: {d.GetProperty("error").GetString()}"))
        is { Length: > 0 } list ? list : "none";

    private static int Count(JsonElement events, string type) =>
        events.GetProperty("items").EnumerateArray().Count(e => e.GetProperty("type").GetString() == type);

    private static IEnumerable<string?> Distinct(JsonElement events, string type, string idProperty) =>
        events.GetProperty("items").EnumerateArray()
            .Where(e => e.GetProperty("type").GetString() == type)
            .Select(e => e.GetProperty("payload").GetProperty(idProperty).GetString())
            .Distinct();
}
