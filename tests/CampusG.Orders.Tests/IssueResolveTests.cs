using System.Net;
using CampusG.Orders.Contracts;
using CampusG.Orders.Features;
using CampusG.Testing;

namespace CampusG.Orders.Tests;

public sealed class IssueResolveTests(OrdersHostFixture fixture) : IClassFixture<OrdersHostFixture>
{
    private readonly OrderFlow _flow = new(fixture);

    [Fact]
    public async Task Resolve_ChargedToTheRunner_IsResolved_AndPublishesOrderIssueResolvedNamingTheRunner()
    {
        var (customer, runner) = (Guid.NewGuid(), Guid.NewGuid());
        var (order, issue) = await OpenIssueAsync(customer, runner);

        var resolved = await IssueFlow.ReadIssueAsync(await IssueFlow.ResolveAsync(fixture.Api, issue.IssueId, 3.25m, "RUNNER", "drink missing"));

        Assert.Equal(("RESOLVED", 3.25m, "RUNNER", "drink missing"), (resolved.Status, resolved.RefundAmount, resolved.ChargedTo, resolved.Note));
        Assert.NotNull(resolved.ResolvedAt);
        var message = await fixture.Probe.WaitForAsync<OrderIssueResolved>(m => m.IssueId == issue.IssueId);
        Assert.Equal((order.OrderId, customer, 3.25m, ChargedParties.Runner, (Guid?)runner), (message.OrderId, message.CustomerId, message.RefundAmount, message.ChargedTo, message.PartyId));
    }

    [Fact]
    public async Task Resolve_ChargedToThePlatform_NamesNoParty()
    {
        var (_, issue) = await OpenIssueAsync(Guid.NewGuid(), Guid.NewGuid());

        (await IssueFlow.ResolveAsync(fixture.Api, issue.IssueId, 0m, "PLATFORM")).Dispose();

        var message = await fixture.Probe.WaitForAsync<OrderIssueResolved>(m => m.IssueId == issue.IssueId);
        Assert.Equal((0m, ChargedParties.Platform, (Guid?)null), (message.RefundAmount, message.ChargedTo, message.PartyId));
    }

    [Fact]
    public async Task Resolve_UnknownIssue_IsIssueNotFound()
    {
        using var response = await IssueFlow.ResolveAsync(fixture.Api, Guid.NewGuid(), 1m);

        await ErrorAssert.HasErrorAsync(response, HttpStatusCode.NotFound, "ISSUE_NOT_FOUND");
    }

    [Fact]
    public async Task Resolve_Twice_IsAlreadyResolved()
    {
        var (_, issue) = await OpenIssueAsync(Guid.NewGuid(), Guid.NewGuid());
        (await IssueFlow.ResolveAsync(fixture.Api, issue.IssueId, 1m)).Dispose();

        using var response = await IssueFlow.ResolveAsync(fixture.Api, issue.IssueId, 1m);

        await ErrorAssert.HasErrorAsync(response, HttpStatusCode.Conflict, "ISSUE_ALREADY_RESOLVED");
    }

    [Fact]
    public async Task Resolve_TwoAtOnce_OneWins_TheOtherIsAlreadyResolved_AndOneMessageGoesOut()
    {
        for (var round = 0; round < 10; round++)
        {
            var (_, issue) = await OpenIssueAsync(Guid.NewGuid(), Guid.NewGuid());

            var responses = await Task.WhenAll(
                IssueFlow.ResolveAsync(fixture.Api, issue.IssueId, 1m, "RUNNER", "first"),
                IssueFlow.ResolveAsync(fixture.Api, issue.IssueId, 2m, "PLATFORM", "second"));

            var winner = await OrdersApi.ReadAsync<IssueResponse>(Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK));
            await ErrorAssert.HasErrorAsync(Assert.Single(responses, r => r.StatusCode != HttpStatusCode.OK), HttpStatusCode.Conflict, "ISSUE_ALREADY_RESOLVED");
            Array.ForEach(responses, r => r.Dispose());
            var message = await fixture.Probe.WaitForAsync<OrderIssueResolved>(m => m.IssueId == issue.IssueId);
            Assert.Equal((winner.RefundAmount, winner.ChargedTo), (message.RefundAmount, message.ChargedTo));
            Assert.Single(fixture.Probe.All<OrderIssueResolved>(), m => m.IssueId == issue.IssueId);
        }
    }

    [Fact]
    public async Task Resolve_ChargedToTheRestaurant_OnAnErrand_IsAValidationFailure()
    {
        var (_, issue) = await OpenIssueAsync(Guid.NewGuid(), Guid.NewGuid());

        using var response = await IssueFlow.ResolveAsync(fixture.Api, issue.IssueId, 1m, "RESTAURANT");

        await ErrorAssert.HasValidationErrorsAsync(response, "chargedTo");
    }

    [Theory]
    [InlineData("""{"refundAmount":1000,"chargedTo":"RUNNER"}""", "refundAmount")]
    [InlineData("""{"refundAmount":1.005,"chargedTo":"PLATFORM"}""", "refundAmount")]
    [InlineData("""{"refundAmount":-1,"chargedTo":"BANK"}""", "refundAmount,chargedTo")]
    [InlineData("""{"chargedTo":"PLATFORM"}""", "refundAmount")]
    public async Task Resolve_BadBody_IsAValidationFailure(string body, string fields)
    {
        var (_, issue) = await OpenIssueAsync(Guid.NewGuid(), Guid.NewGuid());

        using var response = await fixture.Api.AdminAsync(HttpMethod.Post, $"/v1/admin/issues/{issue.IssueId}/resolve", body);

        await ErrorAssert.HasValidationErrorsAsync(response, fields.Split(','));
    }

    [Fact]
    public async Task Resolve_NoteOver500_IsAValidationFailure()
    {
        var (_, issue) = await OpenIssueAsync(Guid.NewGuid(), Guid.NewGuid());

        using var response = await IssueFlow.ResolveAsync(fixture.Api, issue.IssueId, 1m, "PLATFORM", new string('n', 501));

        await ErrorAssert.HasValidationErrorsAsync(response, "note");
    }

    [Fact]
    public async Task Resolve_RefundsAcrossReports_NeverExceedWhatWasPaid()
    {
        var customer = Guid.NewGuid();
        var (order, first) = await OpenIssueAsync(customer, Guid.NewGuid()); // paid 8.50 + 2.00
        (await IssueFlow.ResolveAsync(fixture.Api, first.IssueId, 6.00m)).Dispose();
        var second = await IssueFlow.ReportedAsync(fixture.Api, customer, order.OrderId);

        using (var tooMuch = await IssueFlow.ResolveAsync(fixture.Api, second.IssueId, 4.51m))
        {
            await ErrorAssert.HasErrorAsync(tooMuch, HttpStatusCode.Conflict, "REFUND_EXCEEDS_PAID");
        }

        var rest = await IssueFlow.ReadIssueAsync(await IssueFlow.ResolveAsync(fixture.Api, second.IssueId, 4.50m));
        Assert.Equal(4.50m, rest.RefundAmount);
    }

    [Fact]
    public async Task NotAnOperator_IsForbidden()
    {
        var (customer, runner) = (Guid.NewGuid(), Guid.NewGuid());
        var (_, issue) = await OpenIssueAsync(customer, runner);

        using var resolve = await fixture.Api.PostAsync(customer, $"/v1/admin/issues/{issue.IssueId}/resolve", """{"refundAmount":1,"chargedTo":"PLATFORM"}""");
        using var list = await fixture.Api.GetAsync(runner, "/v1/admin/issues");

        await ErrorAssert.HasErrorAsync(resolve, HttpStatusCode.Forbidden, "FORBIDDEN");
        await ErrorAssert.HasErrorAsync(list, HttpStatusCode.Forbidden, "FORBIDDEN");
    }

    [Fact]
    public async Task AdminList_FiltersByStatus_NewestFirst()
    {
        var (_, older) = await OpenIssueAsync(Guid.NewGuid(), Guid.NewGuid());
        var (_, newer) = await OpenIssueAsync(Guid.NewGuid(), Guid.NewGuid());
        var (_, resolved) = await OpenIssueAsync(Guid.NewGuid(), Guid.NewGuid());
        (await IssueFlow.ResolveAsync(fixture.Api, resolved.IssueId, 1m)).Dispose();

        var open = await ListAsync("?status=OPEN");
        var closed = await ListAsync("?status=RESOLVED");
        var all = await ListAsync("");

        Assert.Equal([newer.IssueId, older.IssueId], open.Where(id => id == newer.IssueId || id == older.IssueId));
        Assert.DoesNotContain(resolved.IssueId, open);
        Assert.Equal((true, false), (closed.Contains(resolved.IssueId), closed.Contains(newer.IssueId)));
        Assert.Equal([resolved.IssueId, newer.IssueId, older.IssueId], all.Take(3));
        using var bad = await fixture.Api.AdminAsync(HttpMethod.Get, "/v1/admin/issues?status=CLOSED");
        await ErrorAssert.HasValidationErrorsAsync(bad, "status");
    }

    private async Task<List<Guid>> ListAsync(string query)
    {
        using var response = await fixture.Api.AdminAsync(HttpMethod.Get, $"/v1/admin/issues{query}");
        return [.. (await OrdersApi.ReadAsync<IssueList>(response)).Items.Select(i => i.IssueId)];
    }

    private async Task<(OrderResponse Order, IssueResponse Issue)> OpenIssueAsync(Guid customer, Guid runner)
    {
        var order = await _flow.DeliveredAsync(customer, runner);
        return (order, await IssueFlow.ReportedAsync(fixture.Api, customer, order.OrderId));
    }
}
