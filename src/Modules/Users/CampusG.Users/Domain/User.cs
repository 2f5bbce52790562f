namespace CampusG.Users.Domain;

/// <summary>
/// An account. Anyone can act as a customer and as a runner, so both ratings live here; they
/// stay null until there is something to rate.
/// </summary>
internal sealed partial class User
{
    public Guid Id { get; private init; }

    /// <summary>Trimmed and lower-case; unique.</summary>
    public string Email { get; private init; } = "";

    public string PasswordHash { get; private set; } = "";

    public string FirstName { get; private set; } = "";

    public string LastName { get; private set; } = "";

    public string PhoneNumber { get; private set; } = "";

    public bool IsAdmin { get; private init; }

    public DateTime CreatedAt { get; private init; }

    public DateTime UpdatedAt { get; private set; }

    /// <summary>The gateway's token for the saved card; null until one is saved.</summary>
    public PaymentMethod? PaymentMethod { get; private set; }

    public decimal? CustomerRating { get; private set; }

    public decimal? RunnerRating { get; private set; }

    public int CustomerReviewCount { get; private set; }

    public int CustomerReviewSum { get; private set; }

    public int CustomerOrderCount { get; private set; }

    public int CustomerCancellationCount { get; private set; }

    public int RunnerReviewCount { get; private set; }

    public int RunnerReviewSum { get; private set; }

    public int RunnerAcceptanceCount { get; private set; }

    public int RunnerAcceptanceCancellationCount { get; private set; }

    public static User Register(NewAccount account, bool isAdmin, DateTime now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Email = account.Email,
        FirstName = account.FirstName,
        LastName = account.LastName,
        PhoneNumber = account.PhoneNumber,
        IsAdmin = isAdmin,
        CreatedAt = now,
        UpdatedAt = now,
    };

    public void SetPasswordHash(string passwordHash, DateTime now)
    {
        PasswordHash = passwordHash;
        UpdatedAt = now;
    }

    /// <summary>Replaces the saved card (a user has at most one).</summary>
    public void SavePaymentMethod(PaymentMethod paymentMethod, DateTime now)
    {
        PaymentMethod = paymentMethod;
        UpdatedAt = now;
    }

    /// <summary>The saved card if it can still be charged or paid out to at <paramref name="now"/>.</summary>
    public PaymentMethod? UsablePaymentMethod(DateTime now) =>
        PaymentMethod is { } card && !card.IsExpiredAt(now) ? card : null;
}
