using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CampusG.ServiceDefaults.Auth;

/// <summary>Issues the bearer tokens every CampusG process accepts.</summary>
public sealed class TokenIssuer(IOptions<AuthOptions> options, SymmetricSecurityKey key, TimeProvider time)
{
    private readonly JsonWebTokenHandler _handler = new();

    public (string AccessToken, int ExpiresInSeconds) Issue(Guid userId, string email, bool isAdmin)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var claims = new List<Claim>
        {
            new(JwtRegisteredClaimNames.Sub, userId.ToString()),
            new(JwtRegisteredClaimNames.Email, email),
        };
        if (isAdmin)
        {
            claims.Add(new Claim(CampusGClaims.Role, CampusGClaims.AdminRole));
        }

        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity(claims),
            Issuer = options.Value.Issuer,
            Audience = options.Value.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + options.Value.TokenLifetime,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
        return (token, (int)options.Value.TokenLifetime.TotalSeconds);
    }
}
