using CampusG.Messaging.Outbox;
using CampusG.Orders.Contracts;
using CampusG.Orders.Domain;
using CampusG.Orders.Persistence;
using CampusG.Auth;
using CampusG.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Orders.Features;

internal sealed record ReviewRequest(int? Rating, string? Comment);

internal sealed record ReviewResponse(Guid ReviewId, int Rating, string? Comment, DateTime CreatedAt);

/// <summary>
/// <c>POST /v1/orders/{orderId}/review</c>: after COMPLETED, its customer rates the runner and its runner the customer,
/// once each (a unique index settles racing requests).
/// </summary>
internal static class ReviewOrderEndpoint
{
    public const int MaxComment = 1000;

    public static void Map(RouteGroupBuilder orders) =>
        orders.MapPost("/{orderId:guid}/review", HandleAsync)
            .WithName("ReviewOrder")
            .WithSummary("Rates the other side of a completed order.")
            .Produces<ApiErrorResponse>(StatusCodes.Status400BadRequest)
            .Produces<ApiErrorResponse>(StatusCodes.Status404NotFound)
            .Produces<ApiErrorResponse>(StatusCodes.Status409Conflict);

    private static async Task<Created<ReviewResponse>> HandleAsync(
        Guid orderId, ReviewRequest request, HttpContext http, OrdersDbContext db, MessageOutbox<OrdersDbContext> outbox,
        TimeProvider time, CancellationToken cancellationToken)
    {
        Validate(request);
        var reviewerId = http.User.UserId();
        var order = await db.FindVisibleAsync(orderId, reviewerId, cancellationToken) ?? throw OrderErrors.NotFound(orderId);
        if (order.Status != OrderStatuses.Completed)
        {
            throw ApiErrors.Conflict(OrderErrors.NotCompleted, $"The order is {order.Status}; reviews open once it is COMPLETED.");
        }

        if (await db.Reviews.AnyAsync(r => r.OrderId == orderId && r.ReviewerId == reviewerId, cancellationToken))
        {
            throw AlreadyReviewed();
        }

        var review = Review.Of(order, reviewerId, request.Rating!.Value, request.Comment, time.GetUtcNow().UtcDateTime);
        db.Reviews.Add(review);
        outbox.Send(
            new OrderReviewed(orderId, review.Id, reviewerId, review.RevieweeId, review.RevieweeRole, review.Rating, ApiValues.Offset(review.CreatedAt)),
            orderId.ToString());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            throw AlreadyReviewed(); // a concurrent request of the same reviewer committed first
        }

        return TypedResults.Created(
            $"/v1/orders/{orderId}/review",
            new ReviewResponse(review.Id, review.Rating, review.Comment, ApiValues.Utc(review.CreatedAt)));
    }

    private static void Validate(ReviewRequest request)
    {
        var failures = new List<(string, string)>();
        if (request.Rating is not (>= 1 and <= 5))
        {
            failures.Add(("rating", "is required: a whole number from 1 to 5."));
        }

        if (request.Comment is { Length: > MaxComment })
        {
            failures.Add(("comment", $"must be at most {MaxComment} characters."));
        }

        if (failures.Count > 0)
        {
            throw ApiErrors.Validation([.. failures]);
        }
    }

    private static ApiException AlreadyReviewed() =>
        ApiErrors.Conflict(OrderErrors.AlreadyReviewed, "You have already reviewed this order.");
}
