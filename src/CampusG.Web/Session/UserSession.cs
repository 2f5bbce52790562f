using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CampusG.Auth;
using Microsoft.AspNetCore.Components.Server.ProtectedBrowserStorage;

namespace CampusG.Web.Session;

/// <summary>
/// Who is signed in on this circuit (one browser tab): the bearer token and what the UI shows about its user.
/// Kept in the browser's local storage, encrypted with the host's data-protection keys, so a reload or a new tab
/// stays signed in until the token expires.
/// </summary>
public sealed class UserSession(ProtectedLocalStorage storage, TimeProvider time)
{
    private const string StorageKey = "campusg.session";

    private SignedInUser? _user;

    private bool _restored;

    /// <summary>Raised when the user signs in or out.</summary>
    public event Action? Changed;

    public SignedInUser? User => _user is { } user && user.ExpiresAt > time.GetUtcNow() ? user : null;

    public bool IsSignedIn => User is not null;

    public string? Token => User?.Token;

    /// <summary>Reads the stored session once per circuit; needs JavaScript, so call it after the first render.</summary>
    public async Task RestoreAsync()
    {
        if (_restored)
        {
            return;
        }

        try
        {
            var stored = await storage.GetAsync<SignedInUser>(StorageKey);
            _user = stored.Success ? stored.Value : null;
        }
        catch (CryptographicException)
        {
            // Stored under keys this host no longer has: start signed out.
            await storage.DeleteAsync(StorageKey);
        }

        _restored = true;
    }

    public async Task SignInAsync(string email, string token, int expiresInSeconds, Guid userId)
    {
        _user = new SignedInUser(userId, email, token, time.GetUtcNow().AddSeconds(expiresInSeconds), IsAdminToken(token));
        await storage.SetAsync(StorageKey, _user);
        Changed?.Invoke();
    }

    public async Task SignOutAsync()
    {
        _user = null;
        await storage.DeleteAsync(StorageKey);
        Changed?.Invoke();
    }

    /// <summary>The token's own claim decides the menu; the API still checks the role on every operator call.</summary>
    private static bool IsAdminToken(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 3)
        {
            return false;
        }

        var payload = parts[1].Replace('-', '+').Replace('_', '/');
        payload = payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '=');
        try
        {
            using var claims = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(payload)));
            return claims.RootElement.TryGetProperty(CampusGClaims.Role, out var role) && role.ValueKind switch
            {
                JsonValueKind.String => role.GetString() == CampusGClaims.AdminRole,
                JsonValueKind.Array => role.EnumerateArray().Any(r => r.GetString() == CampusGClaims.AdminRole),
                _ => false,
            };
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            // Not a JWT we can read: show the ordinary menu; the API decides what the token may do.
            return false;
        }
    }
}

/// <summary>The signed-in user as stored in the browser.</summary>
public sealed record SignedInUser(Guid UserId, string Email, string Token, DateTimeOffset ExpiresAt, bool IsAdmin);
