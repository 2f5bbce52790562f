using CampusG.Users.Domain;

namespace CampusG.Users.Features;

/// <summary>The account as its owner sees it right after sign-up.</summary>
internal sealed record UserResponse(
    Guid UserId, string Email, string FirstName, string LastName, string PhoneNumber,
    decimal? CustomerRating, decimal? RunnerRating, DateTimeOffset CreatedAt)
{
    public static UserResponse From(User user) => new(
        user.Id, user.Email, user.FirstName, user.LastName, user.PhoneNumber,
        user.CustomerRating, user.RunnerRating, UtcTimes.ToOffset(user.CreatedAt));
}

/// <summary><c>GET /v1/users/me</c>: the account plus the saved card (null when there is none).</summary>
internal sealed record MyProfileResponse(
    Guid UserId, string Email, string FirstName, string LastName, string PhoneNumber,
    decimal? CustomerRating, decimal? RunnerRating, DateTimeOffset CreatedAt, PaymentMethodResponse? PaymentMethod)
{
    public static MyProfileResponse From(User user) => new(
        user.Id, user.Email, user.FirstName, user.LastName, user.PhoneNumber,
        user.CustomerRating, user.RunnerRating, UtcTimes.ToOffset(user.CreatedAt), PaymentMethodResponse.From(user.PaymentMethod));
}

/// <summary>What any signed-in user may see of another.</summary>
internal sealed record PublicProfileResponse(Guid UserId, string FirstName, decimal? CustomerRating, decimal? RunnerRating)
{
    public static PublicProfileResponse From(User user) => new(user.Id, user.FirstName, user.CustomerRating, user.RunnerRating);
}

internal sealed record PaymentMethodResponse(string Brand, string Last4, int ExpMonth, int ExpYear)
{
    public static PaymentMethodResponse? From(PaymentMethod? card) =>
        card is null ? null : new(card.Brand, card.Last4, card.ExpMonth, card.ExpYear);
}

internal static class UtcTimes
{
    /// <summary>Stored times are UTC; SQLite hands them back without a kind.</summary>
    public static DateTimeOffset ToOffset(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
}
