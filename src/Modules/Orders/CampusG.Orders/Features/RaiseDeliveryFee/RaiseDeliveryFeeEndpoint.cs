using CampusG.Auth;
using CampusG.Messaging;
using CampusG.Orders.Contracts;
using CampusG.Orders.Domain;
using CampusG.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CampusG.Orders.Features;

internal sealed record RaiseDeliveryFeeRequest(decimal? DeliveryFee);

/// <summary>
/// <c>POST /v1/orders/{orderId}/delivery-fee</c>: its customer raises a waiting errand's delivery fee. The raise and
/// <see cref="OrderDeliveryFeeRaised"/> commit under the order's version, so a runner's racing accept either sees the
/// old fee (and the raise then gets 409 ORDER_NOT_AVAILABLE) or the new one, never both.
/// </summary>
internal static class RaiseDeliveryFeeEndpoint
{
    public static void Map(RouteGroupBuilder orders) =>
        orders.MapPost("/{orderId:guid}/delivery-fee", HandleAsync)
            .WithName("RaiseDeliveryFee")
            .WithSummary("The customer raises the delivery fee of an order still waiting for a runner.")
            .Produces<ApiErrorResponse>(StatusCodes.Status400BadRequest)
            .Produces<ApiErrorResponse>(StatusCodes.Status404NotFound)
            .Produces<ApiErrorResponse>(StatusCodes.Status409Conflict);

    private static async Task<Ok<OrderResponse>> HandleAsync(
        Guid orderId, RaiseDeliveryFeeRequest request, HttpContext http, OrderChangeTransaction updater, CancellationToken cancellationToken)
    {
        var customerId = http.User.UserId();
        var order = await updater.ChangeAsync(
            orderId,
            (order, now) =>
            {
                Raise(order is not null && order.CustomerId == customerId ? order : throw OrderErrors.NotFound(orderId), request, now, updater);
                return Task.CompletedTask;
            },
            cancellationToken);
        return TypedResults.Ok(OrderResponse.From(order));
    }

    private static void Raise(Order order, RaiseDeliveryFeeRequest request, DateTime now, OrderChangeTransaction updater)
    {
        if (CreateOrderValidation.Fee(request.DeliveryFee) is { } bad)
        {
            throw ApiErrors.Validation(("deliveryFee", bad));
        }

        if (order.Status != OrderStatuses.Created)
        {
            throw OrderErrors.Conflict(OrderErrors.NotAvailable, $"The order is {order.Status}; the delivery fee can be raised only while it is CREATED.");
        }

        var previous = order.DeliveryFeeMinor;
        var boostId = Guid.CreateVersion7(new DateTimeOffset(now, TimeSpan.Zero));
        if (order.RaiseDeliveryFee(boostId, Money.ToMinor(request.DeliveryFee!.Value), now) != Transition.Applied)
        {
            throw ApiErrors.Validation(("deliveryFee", $"must be higher than the current {ApiValues.Money(previous)}."));
        }

        updater.Outbox.Send(
            new OrderDeliveryFeeRaised(
                order.Id, order.CustomerId, boostId, ApiValues.Money(order.DeliveryFeeMinor - previous), ApiValues.Money(order.DeliveryFeeMinor),
                ApiValues.Offset(now)),
            OrderCorrelation.Boost(order.Id, boostId));
    }
}
