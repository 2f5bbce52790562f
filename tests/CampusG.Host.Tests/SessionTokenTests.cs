using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using CampusG.Auth;
using CampusG.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CampusG.Host.Tests;

/// <summary>A token is honoured only while its session lives: a well-signed token nobody signed in for is refused.</summary>
public sealed class SessionTokenTests
{
    [Fact]
    public async Task AWellSignedAdminToken_WithoutASession_Is401_WhileAnIssuedOneWorks()
    {
        var options = new CampusGHostOptions();
        options.Configuration["CampusG:Modules"] = "Escrow";
        await using var host = await CampusGHost.StartAsync(options);
        var forged = Forge(host, Guid.NewGuid(), sessionId: Guid.NewGuid());
        var noSession = Forge(host, Guid.NewGuid(), sessionId: null);

        using var issued = await GetDeadLettersAsync(host, host.TokenFor(Guid.NewGuid(), isAdmin: true));
        using var withForgedSession = await GetDeadLettersAsync(host, forged);
        using var withoutSession = await GetDeadLettersAsync(host, noSession);

        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        await ErrorAssert.HasErrorAsync(withForgedSession, HttpStatusCode.Unauthorized, "UNAUTHENTICATED");
        await ErrorAssert.HasErrorAsync(withoutSession, HttpStatusCode.Unauthorized, "UNAUTHENTICATED");
    }

    [Fact]
    public async Task Sessions_OutliveARestart_OnTheSameDataDirectory()
    {
        var data = Path.Combine(Path.GetTempPath(), "campusg-tests", Guid.NewGuid().ToString("N"));
        var options = new CampusGHostOptions { DataDirectory = data };
        options.Configuration["CampusG:Modules"] = "Escrow";
        try
        {
            string token;
            await using (var first = await CampusGHost.StartAsync(options))
            {
                token = first.TokenFor(Guid.NewGuid(), isAdmin: true);
            }

            await using var second = await CampusGHost.StartAsync(options);
            using var response = await GetDeadLettersAsync(second, token);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    /// <summary>What someone holding the signing key could make: an admin token, signed right, never issued.</summary>
    private static string Forge(CampusGHost host, Guid userId, Guid? sessionId)
    {
        var claims = new List<Claim> { new("sub", userId.ToString()), new(CampusGClaims.Role, CampusGClaims.AdminRole) };
        if (sessionId is { } id)
        {
            claims.Add(new Claim(CampusGClaims.Session, id.ToString()));
        }

        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity(claims),
            Issuer = "campusg",
            Audience = "campusg-api",
            Expires = DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(host.Services.GetRequiredService<SymmetricSecurityKey>(), SecurityAlgorithms.HmacSha256),
        });
    }

    private static Task<HttpResponseMessage> GetDeadLettersAsync(CampusGHost host, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/v1/admin/dead-letters");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return host.Client.SendAsync(request);
    }
}
