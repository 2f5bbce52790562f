using CampusG.Auth;
using CampusG.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CampusG.Orders.Features;

/// <param name="ActualFoodFee">An errand's receipt total, at PURCHASED only.</param>
internal sealed record UpdateStatusRequest(string? Status, Guid? ProofId, decimal? ActualFoodFee = null);

/// <summary>
/// <c>POST /v1/orders/{orderId}/status</c>: its runner reports the next status (<see cref="RunnerReports"/>).
/// </summary>
internal static class UpdateStatusEndpoint
{
    public static void Map(RouteGroupBuilder orders) =>
        orders.MapPost("/{orderId:guid}/status", HandleAsync)
            .WithName("UpdateOrderStatus")
            .WithSummary("The runner reports progress.")
            .Produces<ApiErrorResponse>(StatusCodes.Status400BadRequest)
            .Produces<ApiErrorResponse>(StatusCodes.Status404NotFound)
            .Produces<ApiErrorResponse>(StatusCodes.Status409Conflict);

    private static async Task<Ok<OrderResponse>> HandleAsync(
        Guid orderId, UpdateStatusRequest request, HttpContext http, RunnerReports reports, CancellationToken cancellationToken) =>
        TypedResults.Ok(OrderResponse.From(await reports.ReportAsync(orderId, http.User.UserId(), new(request.Status, request.ProofId, request.ActualFoodFee), cancellationToken)));
}
