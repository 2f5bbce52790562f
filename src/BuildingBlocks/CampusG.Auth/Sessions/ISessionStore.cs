namespace CampusG.Auth.Sessions;

/// <summary>
/// The signed-in sessions every process of a deployment checks a token against: a token is accepted only while its
/// session is active, so signing out ends it at once everywhere, and a token nobody signed in for (for an account
/// that does not exist, or forged with a stolen key) is refused. Embedded: a SQLite file in the data directory;
/// distributed: Redis (decision 022).
/// </summary>
public interface ISessionStore
{
    Task StartAsync(Guid sessionId, Guid userId, DateTimeOffset expiresAt, CancellationToken cancellationToken);

    /// <summary>True while the session was started, not ended and not expired.</summary>
    ValueTask<bool> IsActiveAsync(Guid sessionId, CancellationToken cancellationToken);

    /// <summary>Ends the session; ending one that is not active changes nothing.</summary>
    Task EndAsync(Guid sessionId, CancellationToken cancellationToken);
}
