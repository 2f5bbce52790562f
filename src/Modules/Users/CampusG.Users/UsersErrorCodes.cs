namespace CampusG.Users;

/// <summary>The Users module's error codes (docs/api.md, "Accounts").</summary>
internal static class UsersErrorCodes
{
    public const string EmailTaken = "EMAIL_TAKEN";
    public const string InvalidCredentials = "INVALID_CREDENTIALS";
    public const string UserNotFound = "USER_NOT_FOUND";
    public const string CardRejected = "CARD_REJECTED";
}
