using CampusG.Auth;
using CampusG.Orders.Contracts;
using CampusG.Orders.Domain;
using CampusG.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace CampusG.Orders.Features;

/// <param name="Note">Why the operator cancelled; logged, not stored on the order (the reason is OPERATOR_CANCELLED).</param>
internal sealed record OperatorCancelRequest(string? Note);

/// <summary>
/// <c>POST /v1/admin/orders/{orderId}/cancel</c>: an operator cancels any order not yet delivered, through the same guarded
/// change as every cancel (so a racing runner's report or accept either wins or sees CANCELLED), with
/// <see cref="OrderCancelled"/> (reason OPERATOR_CANCELLED) for the sagas that give back what is held.
/// </summary>
internal static partial class OperatorCancelEndpoint
{
    public const int MaxNote = 500;

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/v1/admin/orders/{orderId:guid}/cancel", HandleAsync)
            .RequireAuthorization(CampusGClaims.AdminPolicy)
            .WithTags("Operations")
            .WithName("OperatorCancelOrder")
            .WithSummary("An operator cancels an order before delivery; everything held is given back (operators only).")
            .Produces<ApiErrorResponse>(StatusCodes.Status400BadRequest)
            .Produces<ApiErrorResponse>(StatusCodes.Status403Forbidden)
            .Produces<ApiErrorResponse>(StatusCodes.Status404NotFound)
            .Produces<ApiErrorResponse>(StatusCodes.Status409Conflict);

    private static async Task<Ok<OrderResponse>> HandleAsync(
        Guid orderId, OperatorCancelRequest? request, HttpContext http, OrderChangeTransaction updater, ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        if (request?.Note is { Length: > MaxNote })
        {
            throw ApiErrors.Validation(("note", $"must be at most {MaxNote} characters."));
        }

        var order = await updater.ChangeAsync(
            orderId,
            (order, now) =>
            {
                if (order is null)
                {
                    throw OrderErrors.NotFound(orderId);
                }

                if (order.Cancel(CancellationReasons.OperatorCancelled, now) != Transition.Applied)
                {
                    throw OrderErrors.Conflict(OrderErrors.NotCancellable, $"The order is {order.Status}; an operator can cancel it only before DELIVERED.");
                }

                updater.Outbox.Send(OrderMessages.Cancelled(order), order.Id.ToString());
                return Task.CompletedTask;
            },
            cancellationToken);
        LogCancelled(loggers.CreateLogger(typeof(OperatorCancelEndpoint)), orderId, http.User.UserId(), request?.Note ?? "");
        return TypedResults.Ok(OrderResponse.From(order));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Operator {OperatorId} cancelled order {OrderId}: {Note}")]
    private static partial void LogCancelled(ILogger logger, Guid orderId, Guid operatorId, string note);
}
