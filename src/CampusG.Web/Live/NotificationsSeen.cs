using System.Security.Cryptography;
using CampusG.Web.Session;
using Microsoft.AspNetCore.Components.Server.ProtectedBrowserStorage;

namespace CampusG.Web.Live;

/// <summary>
/// When this browser last showed the user their notifications, so the bell can count the newer ones as unread. The
/// API keeps no read state, so this lives in the browser's storage (per user, encrypted like the session).
/// </summary>
public sealed class NotificationsSeen(ProtectedLocalStorage storage, UserSession session)
{
    private Guid? _user;

    private DateTimeOffset _seen;

    /// <summary>Raised when notifications were seen (the bell's count drops).</summary>
    public event Action? Changed;

    public async Task<DateTimeOffset> LastSeenAsync()
    {
        var user = session.User?.UserId;
        if (user is { } id && _user != id)
        {
            try
            {
                var stored = await storage.GetAsync<DateTimeOffset>(Key(id));
                _seen = stored.Success ? stored.Value : DateTimeOffset.MinValue;
            }
            catch (CryptographicException)
            {
                _seen = DateTimeOffset.MinValue; // stored under keys this host no longer has
            }

            _user = id;
        }

        return user is null ? DateTimeOffset.MaxValue : _seen;
    }

    /// <summary>The user has seen everything up to <paramref name="newest"/>.</summary>
    public async Task MarkSeenAsync(DateTimeOffset newest)
    {
        if (session.User?.UserId is not { } id || newest <= await LastSeenAsync())
        {
            return;
        }

        _seen = newest;
        await storage.SetAsync(Key(id), newest);
        Changed?.Invoke();
    }

    private static string Key(Guid user) => $"campusg.seen.{user:N}";
}
