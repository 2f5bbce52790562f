using System.Text.Json;
using CampusG.Web.Api;

namespace CampusG.Web.Shared;

/// <summary>
/// A photo that proved a runner's step. The API lists no proofs, but the step that needed one names it: the order's
/// event log has an <c>order.statusUpdated</c> with <c>proofId</c> for PURCHASED (the receipt) and DELIVERED (the
/// handover), which is exactly the photo the customer should see; retaken photos that proved nothing are left out.
/// </summary>
public sealed record ProofRef(string Kind, Guid ProofId, DateTimeOffset At)
{
    public string Title => Kind == "receipt" ? "Receipt" : "Handover";

    /// <summary>The proofs named by an order's event log, the latest per step, in order.</summary>
    public static IReadOnlyList<ProofRef> From(IEnumerable<OrderEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        return [.. events
            .Where(e => e.Type == "order.statusUpdated" && e.Payload.ValueKind == JsonValueKind.Object)
            .Select(e => Of(e.Payload, e.Timestamp))
            .OfType<ProofRef>()
            .GroupBy(p => p.Kind)
            .Select(g => g.Last())
            .OrderBy(p => p.At)];
    }

    /// <summary>The proofs an order at <paramref name="order"/>'s point should have (its timeline passed their step).</summary>
    public static int Expected(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return order.Timeline.Count(t => t.Status is "PURCHASED" or "DELIVERED");
    }

    private static ProofRef? Of(JsonElement payload, DateTimeOffset at)
    {
        var kind = payload.TryGetProperty("status", out var status) ? status.GetString() switch
        {
            "PURCHASED" => "receipt",
            "DELIVERED" => "delivery",
            _ => null,
        } : null;
        return kind is not null && payload.TryGetProperty("proofId", out var id) && id.ValueKind == JsonValueKind.String && id.TryGetGuid(out var proofId)
            ? new ProofRef(kind, proofId, at)
            : null;
    }
}
