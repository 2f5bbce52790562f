using System.Net;
using CampusG.Orders.Contracts;
using CampusG.Orders.Features;
using CampusG.Testing;

namespace CampusG.Orders.Tests;

public sealed class IssueReportTests(OrdersHostFixture fixture) : IClassFixture<OrdersHostFixture>
{
    private readonly OrderFlow _flow = new(fixture);

    [Fact]
    public async Task Report_OnADeliveredOrder_Is201_Open_AndPublishesOrderIssueReported()
    {
        var (customer, runner) = (Guid.NewGuid(), Guid.NewGuid());
        var order = await _flow.DeliveredAsync(customer, runner);

        using var response = await IssueFlow.ReportAsync(fixture.Api, customer, order.OrderId);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"/v1/orders/{order.OrderId}/issues", response.Headers.Location?.OriginalString);
        var issue = await OrdersApi.ReadAsync<IssueResponse>(response);
        Assert.Equal((order.OrderId, IssueKinds.MissingItem, "No drink in the bag", "OPEN"), (issue.OrderId, issue.Kind, issue.Detail, issue.Status));
        Assert.Equal((null, null, null, null), (issue.RefundAmount, issue.ChargedTo, issue.Note, issue.ResolvedAt));
        var message = await fixture.Probe.WaitForAsync<OrderIssueReported>(m => m.IssueId == issue.IssueId);
        Assert.Equal((order.OrderId, customer, IssueKinds.MissingItem), (message.OrderId, message.CustomerId, message.Kind));
    }

    [Fact]
    public async Task Report_OnACompletedOrder_Is201()
    {
        var customer = Guid.NewGuid();
        var order = await _flow.CompletedAsync(customer, Guid.NewGuid());

        var issue = await IssueFlow.ReportedAsync(fixture.Api, customer, order.OrderId);

        Assert.Equal("OPEN", issue.Status);
    }

    [Fact]
    public async Task Report_ByTheRunnerOrAStranger_IsNotFound()
    {
        var runner = Guid.NewGuid();
        var order = await _flow.DeliveredAsync(Guid.NewGuid(), runner);

        foreach (var caller in new[] { runner, Guid.NewGuid() })
        {
            using var response = await IssueFlow.ReportAsync(fixture.Api, caller, order.OrderId);
            await ErrorAssert.HasErrorAsync(response, HttpStatusCode.NotFound, "ORDER_NOT_FOUND");
        }
    }

    [Fact]
    public async Task Report_BeforeDelivery_IsOrderNotDelivered()
    {
        var customer = Guid.NewGuid();
        var order = await _flow.AcceptedAsync(customer, Guid.NewGuid());

        using var response = await IssueFlow.ReportAsync(fixture.Api, customer, order.OrderId);

        await ErrorAssert.HasErrorAsync(response, HttpStatusCode.Conflict, "ORDER_NOT_DELIVERED");
    }

    [Fact]
    public async Task Report_WhileOneIsOpen_IsAlreadyOpen_ThenAllowedOnceResolved()
    {
        var customer = Guid.NewGuid();
        var order = await _flow.DeliveredAsync(customer, Guid.NewGuid());
        var first = await IssueFlow.ReportedAsync(fixture.Api, customer, order.OrderId);

        using (var again = await IssueFlow.ReportAsync(fixture.Api, customer, order.OrderId))
        {
            await ErrorAssert.HasErrorAsync(again, HttpStatusCode.Conflict, "ISSUE_ALREADY_OPEN");
        }

        (await IssueFlow.ResolveAsync(fixture.Api, first.IssueId, 0m, "PLATFORM")).Dispose();
        var second = await IssueFlow.ReportedAsync(fixture.Api, customer, order.OrderId);
        Assert.NotEqual(first.IssueId, second.IssueId);
    }

    [Fact]
    public async Task Report_TenAtOnce_OpensOne()
    {
        var customer = Guid.NewGuid();
        var order = await _flow.DeliveredAsync(customer, Guid.NewGuid());

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => IssueFlow.ReportAsync(fixture.Api, customer, order.OrderId)));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        foreach (var loser in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
        {
            await ErrorAssert.HasErrorAsync(loser, HttpStatusCode.Conflict, "ISSUE_ALREADY_OPEN");
        }

        Array.ForEach(responses, r => r.Dispose());
    }

    [Theory]
    [InlineData("""{"kind":"LATE","detail":"slow"}""", "kind")]
    [InlineData("""{"detail":"slow"}""", "kind")]
    [InlineData("""{"kind":"OTHER","detail":""}""", "detail")]
    [InlineData("""{"kind":"OTHER"}""", "detail")]
    [InlineData("""{"kind":"damaged","detail":"   "}""", "kind,detail")]
    public async Task Report_BadFields_AreValidationFailures(string body, string fields)
    {
        var customer = Guid.NewGuid();
        var order = await _flow.DeliveredAsync(customer, Guid.NewGuid());

        using var response = await IssueFlow.ReportAsync(fixture.Api, customer, order.OrderId, body);

        await ErrorAssert.HasValidationErrorsAsync(response, fields.Split(','));
    }

    [Fact]
    public async Task Report_DetailOver1000_OrAProofOfAnotherOrder_AreValidationFailures()
    {
        var (customer, runner) = (Guid.NewGuid(), Guid.NewGuid());
        var order = await _flow.DeliveredAsync(customer, runner);
        var other = await _flow.AcceptedAsync(Guid.NewGuid(), runner);
        var foreign = await _flow.ProofAsync(runner, other.OrderId, "receipt");
        var body = $$"""{"kind":"OTHER","detail":"{{new string('x', 1001)}}","proofId":"{{foreign.ProofId}}"}""";

        using var response = await IssueFlow.ReportAsync(fixture.Api, customer, order.OrderId, body);

        await ErrorAssert.HasValidationErrorsAsync(response, "detail", "proofId");
    }

    [Fact]
    public async Task Report_WithTheCustomersPhoto_KeepsTheProof_WhichBothPartiesCanRead()
    {
        var (customer, runner) = (Guid.NewGuid(), Guid.NewGuid());
        var order = await _flow.DeliveredAsync(customer, runner);
        var photo = await _flow.ProofAsync(customer, order.OrderId, "issue");
        var body = $$"""{"kind":"DAMAGED","detail":"{{new string('x', 1000)}}","proofId":"{{photo.ProofId}}"}""";

        var issue = await IssueFlow.ReadIssueAsync(await IssueFlow.ReportAsync(fixture.Api, customer, order.OrderId, body), HttpStatusCode.Created);

        Assert.Equal((photo.ProofId, "issue"), (issue.ProofId, photo.Kind));
        foreach (var reader in new[] { customer, runner })
        {
            using var download = await fixture.Api.GetAsync(reader, $"/v1/orders/{order.OrderId}/proofs/{photo.ProofId}");
            Assert.Equal(OrderFlow.Png, await download.Content.ReadAsByteArrayAsync());
        }
    }

    [Fact]
    public async Task IssuePhoto_BeforeDelivery_IsOrderNotDelivered_AndKindsStayWithTheirParty()
    {
        var (customer, runner) = (Guid.NewGuid(), Guid.NewGuid());
        var accepted = await _flow.AcceptedAsync(customer, runner);
        var delivered = await _flow.DeliveredAsync(customer, runner);

        using (var early = await _flow.UploadAsync(customer, accepted.OrderId, OrderFlow.Png, "issue"))
        {
            await ErrorAssert.HasErrorAsync(early, HttpStatusCode.Conflict, "ORDER_NOT_DELIVERED");
        }

        using (var customerReceipt = await _flow.UploadAsync(customer, delivered.OrderId, OrderFlow.Png, "receipt"))
        {
            await ErrorAssert.HasErrorAsync(customerReceipt, HttpStatusCode.NotFound, "ORDER_NOT_FOUND"); // as before: not the customer's to upload
        }

        using var runnerIssue = await _flow.UploadAsync(runner, delivered.OrderId, OrderFlow.Png, "issue");
        await ErrorAssert.HasValidationErrorsAsync(runnerIssue, "kind");
    }

    [Fact]
    public async Task List_ForCustomerAndRunner_OldestFirst_NotFoundForOthers()
    {
        var (customer, runner) = (Guid.NewGuid(), Guid.NewGuid());
        var order = await _flow.DeliveredAsync(customer, runner);
        var first = await IssueFlow.ReportedAsync(fixture.Api, customer, order.OrderId);
        var resolved = await IssueFlow.ReadIssueAsync(await IssueFlow.ResolveAsync(fixture.Api, first.IssueId, 1.50m));
        var second = await IssueFlow.ReportedAsync(fixture.Api, customer, order.OrderId);

        foreach (var reader in new[] { customer, runner })
        {
            using var response = await fixture.Api.GetAsync(reader, $"/v1/orders/{order.OrderId}/issues");
            var list = await OrdersApi.ReadAsync<IssueList>(response);
            Assert.Equal([resolved, second], list.Items);
        }

        using var stranger = await fixture.Api.GetAsync(Guid.NewGuid(), $"/v1/orders/{order.OrderId}/issues");
        await ErrorAssert.HasErrorAsync(stranger, HttpStatusCode.NotFound, "ORDER_NOT_FOUND");
    }
}
