using System.Security.Claims;
using CampusG.Auth.Sessions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CampusG.Auth;

/// <summary>Issues the bearer tokens every CampusG process accepts: each one starts a session of its own.</summary>
public sealed class TokenIssuer(IOptions<AuthOptions> options, SymmetricSecurityKey key, ISessionStore sessions, TimeProvider time)
{
    private readonly JsonWebTokenHandler _handler = new();

    public async Task<(string AccessToken, int ExpiresInSeconds)> IssueAsync(
        Guid userId, string email, bool isAdmin, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var expires = now + options.Value.TokenLifetime;
        var sessionId = Guid.NewGuid();
        var claims = new List<Claim>
        {
            new(JwtRegisteredClaimNames.Sub, userId.ToString()),
            new(JwtRegisteredClaimNames.Email, email),
            new(CampusGClaims.Session, sessionId.ToString()),
        };
        if (isAdmin)
        {
            claims.Add(new Claim(CampusGClaims.Role, CampusGClaims.AdminRole));
        }

        // The session is stored before the token leaves, so the token works from its first use.
        await sessions.StartAsync(sessionId, userId, expires, cancellationToken);
        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity(claims),
            Issuer = options.Value.Issuer,
            Audience = options.Value.Audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
        return (token, (int)options.Value.TokenLifetime.TotalSeconds);
    }
}
