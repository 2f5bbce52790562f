using System.Threading.RateLimiting;
using CampusG.ServiceDefaults.Errors;
using CampusG.ServiceDefaults.Limits;
using Microsoft.Extensions.Options;

namespace CampusG.Users.Features;

/// <summary>
/// Counts failed sign-ins per account and per client address (sliding windows, ASP.NET Core's limiters). Once an
/// account reaches its limit, its sign-in is locked, right password included, until the window moves on; so a
/// guessing attacker costs at most that many password checks (~50 ms of CPU each) per account and window. The
/// counts live in this process: the Users module runs once per deployment.
/// </summary>
internal sealed class SignInThrottle : IDisposable
{
    private const int Segments = 15;
    private readonly PartitionedRateLimiter<string> _accounts;
    private readonly PartitionedRateLimiter<string> _addresses;

    public SignInThrottle(IOptions<RateLimitOptions> options)
    {
        var limits = options.Value;
        _accounts = Failures(limits.SignInFailuresPerAccount, limits.SignInWindow);
        _addresses = Failures(limits.SignInFailuresPerAddress, limits.SignInWindow);
    }

    /// <summary>Throws 429 RATE_LIMITED while the account or the address has used up its failures.</summary>
    public void ThrowIfLocked(string email, string address)
    {
        Check(_accounts, email, "Too many failed sign-ins for this account; try again later.");
        Check(_addresses, address, "Too many failed sign-ins from this address; try again later.");
    }

    public void CountFailure(string email, string address)
    {
        using var account = _accounts.AttemptAcquire(email);
        using var fromAddress = _addresses.AttemptAcquire(address);
    }

    public void Dispose()
    {
        _accounts.Dispose();
        _addresses.Dispose();
    }

    private static void Check(PartitionedRateLimiter<string> limiter, string key, string detail)
    {
        // Zero permits asks whether any are left without taking one.
        using var lease = limiter.AttemptAcquire(key, 0);
        if (!lease.IsAcquired)
        {
            throw ApiErrors.RateLimited(lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1), detail);
        }
    }

    private static PartitionedRateLimiter<string> Failures(int limit, TimeSpan window) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetSlidingWindowLimiter(key, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = limit, Window = window, SegmentsPerWindow = Segments, QueueLimit = 0, AutoReplenishment = true,
        }));
}
