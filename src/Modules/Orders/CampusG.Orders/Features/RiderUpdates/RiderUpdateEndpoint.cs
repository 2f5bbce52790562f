using CampusG.Auth;
using CampusG.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CampusG.Orders.Features;

/// <param name="Timestamp">When the rider made the report, if the device says; the order records when it arrived.</param>
/// <param name="ActualFoodFee">An errand's receipt total, at PURCHASED only.</param>
internal sealed record RiderUpdateRequest(string? Status, DateTimeOffset? Timestamp, Guid? ProofId, decimal? ActualFoodFee = null);

/// <summary>
/// <c>PATCH /v1/riders/{riderId}/orders/{orderId}</c> → 204: the rider's status report for either kind of order, with
/// the rules of <see cref="RunnerReports"/>. <c>riderId</c> must be the caller (else 403 FORBIDDEN); an order that is
/// not the caller's to deliver is 404 ORDER_NOT_FOUND.
/// </summary>
internal static class RiderUpdateEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPatch("/v1/riders/{riderId:guid}/orders/{orderId:guid}", HandleAsync)
            .RequireAuthorization()
            .WithTags("Orders")
            .WithName("RiderUpdate")
            .WithSummary("The rider reports the next status of an order they deliver.")
            .Produces(StatusCodes.Status204NoContent)
            .Produces<ApiErrorResponse>(StatusCodes.Status400BadRequest)
            .Produces<ApiErrorResponse>(StatusCodes.Status403Forbidden)
            .Produces<ApiErrorResponse>(StatusCodes.Status404NotFound)
            .Produces<ApiErrorResponse>(StatusCodes.Status409Conflict);

    private static async Task<NoContent> HandleAsync(
        Guid riderId, Guid orderId, RiderUpdateRequest request, HttpContext http, RunnerReports reports, CancellationToken cancellationToken)
    {
        if (riderId != http.User.UserId())
        {
            throw ApiErrors.Forbidden(ApiErrorCodes.Forbidden, "riderId must be your own user id.");
        }

        await reports.ReportAsync(orderId, riderId, new(request.Status, request.ProofId, request.ActualFoodFee), cancellationToken);
        return TypedResults.NoContent();
    }
}
