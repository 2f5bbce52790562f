using Microsoft.Extensions.Logging;

namespace CampusG.Users;

/// <summary>The module's logs. Card numbers and cvcs never reach them: only brand, last four digits and decline codes.</summary>
internal static partial class UsersLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "User {UserId} signed up")]
    public static partial void SignedUp(ILogger logger, Guid userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "User {UserId} saved a {Brand} card ending {Last4}")]
    public static partial void CardSaved(ILogger logger, Guid userId, string brand, string last4);

    [LoggerMessage(Level = LogLevel.Information, Message = "The gateway refused a card of user {UserId}: {DeclineCode}")]
    public static partial void CardRejected(ILogger logger, Guid userId, string? declineCode);
}
