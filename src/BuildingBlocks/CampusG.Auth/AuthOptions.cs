namespace CampusG.Auth;

/// <summary>Bearer tokens (configuration section <c>Auth</c>).</summary>
public sealed class AuthOptions
{
    public const string SectionName = "Auth";

    /// <summary>
    /// The HMAC-SHA256 key (at least 32 characters). Every process of one deployment must share it.
    /// When unset, embedded mode creates a random one in <c>{DataDirectory}/auth-signing.key</c>.
    /// </summary>
    public string? SigningKey { get; set; }

    public string Issuer { get; set; } = "campusg";

    public string Audience { get; set; } = "campusg-api";

    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// Where sessions are kept: <c>Auto</c> (Redis in distributed mode when <c>ConnectionStrings:Redis</c> is set,
    /// else a SQLite file in the data directory), <c>Sqlite</c> or <c>Redis</c>.
    /// </summary>
    public string SessionStore { get; set; } = "Auto";

    /// <summary>Put before every Redis key of the session store (to share one Redis between deployments).</summary>
    public string SessionKeyPrefix { get; set; } = "campusg:";

    /// <summary>
    /// While Redis is unreachable, how long from the start of the outage a process keeps accepting well-signed tokens
    /// whose session it has not seen end (decision 022).
    /// </summary>
    public TimeSpan SessionGrace { get; set; } = TimeSpan.FromMinutes(5);
}
