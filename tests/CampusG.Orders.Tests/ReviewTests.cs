using System.Net;
using CampusG.Orders.Contracts;
using CampusG.Orders.Features;
using CampusG.Testing;

namespace CampusG.Orders.Tests;

public sealed class ReviewTests(OrdersHostFixture fixture) : IClassFixture<OrdersHostFixture>
{
    private readonly OrderFlow _flow = new(fixture);

    [Fact]
    public async Task BothSides_ReviewOnce_AndEachReviewIsPublished()
    {
        var (customer, runner) = (Guid.NewGuid(), Guid.NewGuid());
        var order = await _flow.CompletedAsync(customer, runner);

        var byCustomer = await ReviewAsync(customer, order.OrderId, """{"rating":5,"comment":"Fast and friendly"}""");
        var byRunner = await ReviewAsync(runner, order.OrderId, """{"rating":4}""");

        Assert.Equal((5, "Fast and friendly"), (byCustomer.Rating, byCustomer.Comment));
        Assert.Equal((4, (string?)null), (byRunner.Rating, byRunner.Comment));
        var messages = await fixture.Probe.WaitForCountAsync<OrderReviewed>(2, m => m.OrderId == order.OrderId);
        var ofRunner = messages.Single(m => m.ReviewId == byCustomer.ReviewId);
        Assert.Equal((customer, runner, "runner", 5), (ofRunner.ReviewerId, ofRunner.RevieweeId, ofRunner.RevieweeRole, ofRunner.Rating));
        var ofCustomer = messages.Single(m => m.ReviewId == byRunner.ReviewId);
        Assert.Equal((runner, customer, "customer", 4), (ofCustomer.ReviewerId, ofCustomer.RevieweeId, ofCustomer.RevieweeRole, ofCustomer.Rating));
    }

    [Fact]
    public async Task Review_Twice_IsAlreadyReviewed()
    {
        var customer = Guid.NewGuid();
        var order = await _flow.CompletedAsync(customer, Guid.NewGuid());
        await ReviewAsync(customer, order.OrderId, """{"rating":3}""");

        using var response = await fixture.Api.PostAsync(customer, $"/v1/orders/{order.OrderId}/review", """{"rating":1}""");

        await ErrorAssert.HasErrorAsync(response, HttpStatusCode.Conflict, "ALREADY_REVIEWED");
    }

    [Fact]
    public async Task Review_RacingRequests_OfOneSide_CreateOneReview()
    {
        var customer = Guid.NewGuid();
        var order = await _flow.CompletedAsync(customer, Guid.NewGuid());

        var responses = await Task.WhenAll(Enumerable.Range(0, 8)
            .Select(_ => fixture.Api.PostAsync(customer, $"/v1/orders/{order.OrderId}/review", """{"rating":5}""")));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        foreach (var loser in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
        {
            await ErrorAssert.HasErrorAsync(loser, HttpStatusCode.Conflict, "ALREADY_REVIEWED");
        }

        Array.ForEach(responses, r => r.Dispose());
    }

    [Fact]
    public async Task Review_BeforeCompletion_IsNotCompleted()
    {
        var customer = Guid.NewGuid();
        var order = await _flow.DeliveredAsync(customer, Guid.NewGuid());

        using var response = await fixture.Api.PostAsync(customer, $"/v1/orders/{order.OrderId}/review", """{"rating":5}""");

        await ErrorAssert.HasErrorAsync(response, HttpStatusCode.Conflict, "ORDER_NOT_COMPLETED");
    }

    [Fact]
    public async Task Review_ByStranger_Is404()
    {
        var order = await _flow.CreatedAsync(Guid.NewGuid());

        using var response = await fixture.Api.PostAsync(Guid.NewGuid(), $"/v1/orders/{order.OrderId}/review", """{"rating":5}""");

        await ErrorAssert.HasErrorAsync(response, HttpStatusCode.NotFound, "ORDER_NOT_FOUND");
    }

    [Theory]
    [InlineData("""{"rating":0}""", "rating")]
    [InlineData("""{"rating":6}""", "rating")]
    [InlineData("""{}""", "rating")]
    [InlineData("""{"rating":3,"comment":"LONG"}""", "comment")]
    public async Task Review_BadBody_Is400(string body, string field)
    {
        var customer = Guid.NewGuid();
        var order = await _flow.CreatedAsync(customer);

        using var response = await fixture.Api.PostAsync(
            customer, $"/v1/orders/{order.OrderId}/review", body.Replace("LONG", new string('x', 1001), StringComparison.Ordinal));

        await ErrorAssert.HasValidationErrorsAsync(response, field);
    }

    [Fact]
    public async Task Review_FractionalRating_Is400()
    {
        var customer = Guid.NewGuid();
        var order = await _flow.CreatedAsync(customer);

        using var response = await fixture.Api.PostAsync(customer, $"/v1/orders/{order.OrderId}/review", """{"rating":4.5}""");

        await ErrorAssert.HasErrorAsync(response, HttpStatusCode.BadRequest, "INVALID_JSON");
    }

    private async Task<ReviewResponse> ReviewAsync(Guid reviewer, Guid orderId, string body)
    {
        using var response = await fixture.Api.PostAsync(reviewer, $"/v1/orders/{orderId}/review", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await OrdersApi.ReadAsync<ReviewResponse>(response);
    }
}
