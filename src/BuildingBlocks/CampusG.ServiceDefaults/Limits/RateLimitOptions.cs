namespace CampusG.ServiceDefaults.Limits;

/// <summary>
/// The abuse limits (configuration section <c>RateLimits</c>); each module applies the ones on its routes. A limit
/// that is hit answers <c>429 RATE_LIMITED</c> with <c>Retry-After</c>. Per-address limits stay generous (a campus
/// network puts many students behind one address), per-account ones strict.
/// </summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimits";

    /// <summary>Failed sign-ins of one account within <see cref="SignInWindow"/> that lock its sign-in, right password included.</summary>
    public int SignInFailuresPerAccount { get; set; } = 10;

    /// <summary>Failed sign-ins from one client address within <see cref="SignInWindow"/>.</summary>
    public int SignInFailuresPerAddress { get; set; } = 100;

    public TimeSpan SignInWindow { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Accounts created from one client address within <see cref="SignUpWindow"/>.</summary>
    public int SignUpsPerAddress { get; set; } = 100;

    public TimeSpan SignUpWindow { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Notification streams one user may have open at once.</summary>
    public int StreamsPerUser { get; set; } = 5;

    /// <summary>Proofs (photos) on one order.</summary>
    public int ProofsPerOrder { get; set; } = 10;
}
