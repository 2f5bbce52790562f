using CampusG.Orders.Contracts;
using CampusG.Orders.Domain;
using CampusG.ServiceDefaults.Errors;

namespace CampusG.Orders.Features;

internal sealed record ResolveIssueRequest(decimal? RefundAmount, string? ChargedTo, string? Note)
{
    /// <summary>The body's rules, one entry per bad field.</summary>
    public void Validate()
    {
        var failures = new List<(string, string)>();
        CreateOrderValidation.AddIfBad(failures, "refundAmount", CreateOrderValidation.Fee(RefundAmount));
        if (ChargedTo is null || !ChargedParties.All.Contains(ChargedTo, StringComparer.Ordinal))
        {
            failures.Add(("chargedTo", $"must be one of {string.Join(", ", ChargedParties.All)}."));
        }

        if (Note is { Length: > OrderIssue.MaxNote })
        {
            failures.Add(("note", $"must be at most {OrderIssue.MaxNote} characters."));
        }

        if (failures.Count > 0)
        {
            throw ApiErrors.Validation([.. failures]);
        }
    }

    /// <summary>Who bears the refund: the runner, the restaurant's owner, or nobody (the platform).</summary>
    public Guid? PartyOf(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return ChargedTo switch
        {
            ChargedParties.Runner => order.RunnerId ?? throw ApiErrors.Validation(("chargedTo", "RUNNER: the order has no runner.")),
            ChargedParties.Restaurant => order.RestaurantOwnerId
                ?? throw ApiErrors.Validation(("chargedTo", "RESTAURANT: the order is an errand, not from a restaurant.")),
            _ => null,
        };
    }
}
