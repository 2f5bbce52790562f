using Microsoft.Extensions.Logging;

namespace CampusG.Users;

/// <summary>The module's logs. Card details and gateway tokens never reach them: only user ids and decline codes.</summary>
internal static partial class UsersLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "User {UserId} signed up")]
    public static partial void SignedUp(ILogger logger, Guid userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "User {UserId} saved a card")]
    public static partial void CardSaved(ILogger logger, Guid userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "The gateway refused a card of user {UserId}: {DeclineCode}")]
    public static partial void CardRejected(ILogger logger, Guid userId, string? declineCode);

    [LoggerMessage(Level = LogLevel.Information, Message = "Counted {Kind} of order {OrderId} for user {UserId}: customer rating {CustomerRating}, runner rating {RunnerRating}")]
    public static partial void FactCounted(ILogger logger, string kind, Guid orderId, Guid userId, decimal? customerRating, decimal? runnerRating);

    [LoggerMessage(Level = LogLevel.Information, Message = "The {Kind} of order {OrderId} was counted before; skipped")]
    public static partial void FactAlreadyCounted(ILogger logger, string kind, Guid orderId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The {Kind} of order {OrderId} names unknown user {UserId}; ignored")]
    public static partial void FactForUnknownUser(ILogger logger, string kind, Guid orderId, Guid userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Review {ReviewId} ignored: reviewee role {Role}, rating {Rating}")]
    public static partial void ReviewIgnored(ILogger logger, Guid reviewId, string role, int rating);
}
