using CampusG.Orders.Contracts;
using CampusG.Orders.Domain;
using CampusG.Orders.Features;
using CampusG.ServiceDefaults.Errors;

namespace CampusG.Orders.Tests;

/// <summary>The resolution rules that need no host: who bears a refund, and a report resolves once.</summary>
public sealed class IssueRulesTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void PartyOf_TheRunner_OnAnOrderWithoutRunner_IsAValidationFailure()
    {
        var order = Order.Place(Guid.NewGuid(), "noodles", 850, 200, "SCIS 1", Now);

        var refused = Assert.Throws<ApiException>(() => new ResolveIssueRequest(1m, ChargedParties.Runner, null).PartyOf(order));

        Assert.Equal((400, "VALIDATION_FAILED"), (refused.Status, refused.Code));
        Assert.StartsWith("chargedTo:", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PartyOf_IsTheRunner_ForRunner_AndNobody_ForThePlatform()
    {
        var (customer, runner) = (Guid.NewGuid(), Guid.NewGuid());
        var order = Order.Place(customer, "noodles", 850, 200, "SCIS 1", Now);
        order.MarkCreated(Now, new(TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(20), TimeSpan.FromMinutes(15)));
        order.Accept(runner, Now);

        Assert.Equal(runner, new ResolveIssueRequest(1m, ChargedParties.Runner, null).PartyOf(order));
        Assert.Null(new ResolveIssueRequest(1m, ChargedParties.Platform, null).PartyOf(order));
    }

    [Fact]
    public void Resolve_Twice_IsRejected_AndKeepsTheFirstDecision()
    {
        var order = Order.Place(Guid.NewGuid(), "noodles", 850, 200, "SCIS 1", Now);
        var issue = OrderIssue.Report(order, IssueKinds.Damaged, "squashed", null, Now);

        Assert.Equal(Transition.Applied, issue.Resolve(300, ChargedParties.Platform, "goodwill", Now));
        Assert.Equal(Transition.Rejected, issue.Resolve(500, ChargedParties.Runner, null, Now.AddMinutes(1)));

        Assert.Equal((OrderIssue.Resolved, 300L, ChargedParties.Platform, Now), (issue.Status, issue.RefundAmountMinor, issue.ChargedTo, issue.ResolvedAt));
    }
}
