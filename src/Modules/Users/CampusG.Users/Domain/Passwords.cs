using Microsoft.AspNetCore.Identity;

namespace CampusG.Users.Domain;

/// <summary>Hashes and checks passwords (ASP.NET Core Identity's PBKDF2 format).</summary>
internal sealed class Passwords(IPasswordHasher<User> hasher)
{
    // Checked when no account has the e-mail, so a wrong e-mail costs as long as a wrong password.
    private readonly Lazy<string> _dummyHash = new(() => hasher.HashPassword(Placeholder(), "campusg-no-such-account"));

    public void Set(User user, string password, DateTime now) => user.SetPasswordHash(hasher.HashPassword(user, password), now);

    /// <summary>True when <paramref name="user"/> exists and <paramref name="password"/> is its password; rehashes an outdated hash.</summary>
    public bool Verify(User? user, string password, DateTime now)
    {
        if (user is null)
        {
            hasher.VerifyHashedPassword(Placeholder(), _dummyHash.Value, password);
            return false;
        }

        var result = hasher.VerifyHashedPassword(user, user.PasswordHash, password);
        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            Set(user, password, now);
        }

        return result != PasswordVerificationResult.Failed;
    }

    private static User Placeholder() => User.Register(new NewAccount("", "", "", "", ""), isAdmin: false, DateTime.UnixEpoch);
}
