using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CampusG.Testing;

namespace CampusG.Users.Tests;

/// <summary>Tokens, <c>/v1/users/me</c>, public profiles and the admin role, on the real host.</summary>
public sealed class AuthApiTests(UsersHostFixture fixture) : IClassFixture<UsersHostFixture>
{
    [Fact]
    public async Task Token_ForTheRightPassword_IsABearerTokenForTheUser()
    {
        var email = Accounts.NewEmail();
        var userId = await Accounts.SignUpAsync(fixture.Client, email);

        using var response = await fixture.Client.PostAsJsonAsync("/v1/auth/token", new { email = email.ToUpperInvariant(), password = Accounts.Password });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Bearer", token.GetProperty("tokenType").GetString());
        Assert.Equal(3600, token.GetProperty("expiresIn").GetInt32());
        Assert.Equal(userId, token.GetProperty("userId").GetGuid());
        var claims = Claims(token.GetProperty("accessToken").GetString()!);
        Assert.Equal(userId.ToString(), claims.GetProperty("sub").GetString());
        Assert.False(claims.TryGetProperty("role", out _));
    }

    [Fact]
    public async Task Token_WithAWrongPasswordOrUnknownEmail_GivesTheSame401()
    {
        var email = Accounts.NewEmail();
        await Accounts.SignUpAsync(fixture.Client, email);

        using var wrongPassword = await fixture.Client.PostAsJsonAsync("/v1/auth/token", new { email, password = "not the password" });
        using var unknownEmail = await fixture.Client.PostAsJsonAsync("/v1/auth/token", new { email = Accounts.NewEmail(), password = Accounts.Password });

        var first = await ErrorAssert.SingleAsync(wrongPassword, HttpStatusCode.Unauthorized, "INVALID_CREDENTIALS");
        var second = await ErrorAssert.SingleAsync(unknownEmail, HttpStatusCode.Unauthorized, "INVALID_CREDENTIALS");
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Token_WithoutFields_Returns400()
    {
        using var response = await fixture.Client.PostAsJsonAsync("/v1/auth/token", new { });

        var errors = await ErrorAssert.HasErrorAsync(response, HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        Assert.Equal(2, errors.Count);
    }

    [Fact]
    public async Task Me_WithAToken_ReturnsTheProfileWithoutAPaymentMethod()
    {
        var (userId, client) = await Accounts.NewUserAsync(fixture.Host);
        using var _ = client;

        var me = await client.GetFromJsonAsync<JsonElement>("/v1/users/me");

        Assert.Equal(userId, me.GetProperty("userId").GetGuid());
        Assert.Equal("Lovelace", me.GetProperty("lastName").GetString());
        Assert.Equal("+6591234567", me.GetProperty("phoneNumber").GetString());
        Assert.Equal(JsonValueKind.Null, me.GetProperty("paymentMethod").ValueKind);
        Assert.Equal(JsonValueKind.Null, me.GetProperty("runnerRating").ValueKind);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-jwt")]
    [InlineData("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl")]
    public async Task Me_WithoutAValidToken_Returns401Unauthenticated(string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/users/me");
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await fixture.Client.SendAsync(request);

        await ErrorAssert.SingleAsync(response, HttpStatusCode.Unauthorized, "UNAUTHENTICATED");
    }

    [Fact]
    public async Task PublicProfile_ShowsOnlyNameAndRatings()
    {
        var otherId = await Accounts.SignUpAsync(fixture.Client, Accounts.NewEmail());
        var (_, client) = await Accounts.NewUserAsync(fixture.Host);
        using var _ = client;

        var profile = await client.GetFromJsonAsync<JsonElement>($"/v1/users/{otherId}");

        Assert.Equal(
            ["userId", "firstName", "customerRating", "runnerRating"],
            profile.EnumerateObject().Select(p => p.Name));
        Assert.Equal(otherId, profile.GetProperty("userId").GetGuid());
        Assert.Equal("Ada", profile.GetProperty("firstName").GetString());
    }

    [Fact]
    public async Task PublicProfile_OfAnUnknownUser_Returns404_AndNeedsAToken()
    {
        var (_, client) = await Accounts.NewUserAsync(fixture.Host);
        using var _ = client;

        using var unknown = await client.GetAsync($"/v1/users/{Guid.NewGuid()}");
        using var anonymous = await fixture.Client.GetAsync($"/v1/users/{Guid.NewGuid()}");

        await ErrorAssert.SingleAsync(unknown, HttpStatusCode.NotFound, "USER_NOT_FOUND");
        await ErrorAssert.SingleAsync(anonymous, HttpStatusCode.Unauthorized, "UNAUTHENTICATED");
    }

    [Fact]
    public async Task TheConfiguredAdminEmail_InAnyCase_GetsTheAdminRole()
    {
        var adminEmail = UsersHostFixture.AdminEmail.ToLowerInvariant();
        await Accounts.SignUpAsync(fixture.Client, adminEmail);
        var (_, user) = await Accounts.NewUserAsync(fixture.Host);
        using var _ = user;
        using var admin = fixture.Host.CreateClient();
        var adminToken = await Accounts.TokenAsync(fixture.Client, UsersHostFixture.AdminEmail);
        admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", adminToken);

        using var asAdmin = await admin.GetAsync(UsersHostFixture.AdminOnlyPath);
        using var asUser = await user.GetAsync(UsersHostFixture.AdminOnlyPath);

        Assert.Equal("admin", Claims(adminToken).GetProperty("role").GetString());
        Assert.Equal(HttpStatusCode.OK, asAdmin.StatusCode);
        await ErrorAssert.SingleAsync(asUser, HttpStatusCode.Forbidden, "FORBIDDEN");
    }

    private static JsonElement Claims(string jwt)
    {
        var payload = jwt.Split('.')[1].Replace('-', '+').Replace('_', '/');
        payload = payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '=');
        return JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(payload))).RootElement;
    }
}
