using CampusG.Messaging;
using CampusG.Orders.Contracts;
using CampusG.Users.Domain;
using Microsoft.Extensions.Logging;

namespace CampusG.Users.Features;

/// <summary><c>order.reviewed</c>: adds the rating to the reviewee's runner or customer reviews, once per review id.</summary>
internal sealed class CountReviewHandler(RatingLedger ledger, ILogger<CountReviewHandler> logger) : IMessageHandler<OrderReviewed>
{
    public const string RunnerRole = "runner";
    public const string CustomerRole = "customer";

    public Task HandleAsync(OrderReviewed message, IMessageContext context, CancellationToken cancellationToken)
    {
        Action<User, DateTime>? count = message.RevieweeRole switch
        {
            RunnerRole => (user, now) => user.AddRunnerReview(message.Rating, now),
            CustomerRole => (user, now) => user.AddCustomerReview(message.Rating, now),
            _ => null,
        };
        if (count is null || !User.IsValidReviewRating(message.Rating))
        {
            UsersLog.ReviewIgnored(logger, message.ReviewId, message.RevieweeRole, message.Rating);
            return Task.CompletedTask;
        }

        return ledger.CountAsync(message.OrderId, CountedFactKinds.Review, message.ReviewId.ToString("N"), message.RevieweeId, count, cancellationToken);
    }
}
