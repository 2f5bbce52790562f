using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CampusG.Testing;
using CampusG.Users.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CampusG.Users.Tests;

/// <summary><c>POST /v1/users</c> on the real host.</summary>
public sealed class SignUpApiTests(UsersHostFixture fixture) : IClassFixture<UsersHostFixture>
{
    public static TheoryData<string, string?> BadFields => new()
    {
        { "email", "\"not-an-email\"" },
        { "email", null },
        { "password", "\"1234567\"" },
        { "password", JsonSerializer.Serialize(new string('p', 129)) },
        { "password", null },
        { "firstName", "\"  \"" },
        { "firstName", "\"Ada\\u0000\"" },
        { "email", "\"a\\u0001@campus.test\"" },
        { "firstName", JsonSerializer.Serialize(new string('f', 101)) },
        { "lastName", "\"\"" },
        { "lastName", null },
        { "phoneNumber", "\"91234567\"" },
        { "phoneNumber", "\"+6591234567890123\"" },
        { "phoneNumber", null },
    };

    [Fact]
    public async Task SignUp_Returns201_WithLocationAndTheProfile()
    {
        var email = Accounts.NewEmail();
        var body = Accounts.SignUpBody("  " + email.ToUpperInvariant());
        body["firstName"] = "  Ada ";

        using var response = await fixture.Client.PostAsJsonAsync("/v1/users", body);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var user = await response.Content.ReadFromJsonAsync<JsonElement>();
        var userId = user.GetProperty("userId").GetGuid();
        Assert.Equal($"/v1/users/{userId}", response.Headers.Location?.OriginalString);
        Assert.Equal(7, userId.Version);
        Assert.Equal(email, user.GetProperty("email").GetString());
        Assert.Equal("Ada", user.GetProperty("firstName").GetString());
        Assert.Equal("Lovelace", user.GetProperty("lastName").GetString());
        Assert.Equal("+6591234567", user.GetProperty("phoneNumber").GetString());
        Assert.Equal(JsonValueKind.Null, user.GetProperty("customerRating").ValueKind);
        Assert.Equal(JsonValueKind.Null, user.GetProperty("runnerRating").ValueKind);
        Assert.InRange(user.GetProperty("createdAt").GetDateTimeOffset(), DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddMinutes(1));
        Assert.False(user.TryGetProperty("password", out _));
    }

    [Theory]
    [MemberData(nameof(BadFields))]
    public async Task SignUp_WithOneBadField_Returns400NamingIt(string field, string? json)
    {
        var body = Accounts.SignUpBody(Accounts.NewEmail());
        body.Remove(field);
        if (json is not null)
        {
            body[field] = JsonDocument.Parse(json).RootElement;
        }

        using var response = await fixture.Client.PostAsJsonAsync("/v1/users", body);

        var detail = await ErrorAssert.SingleAsync(response, HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        Assert.StartsWith(field + ":", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignUp_WithAnEmptyObject_ReportsEveryField()
    {
        using var response = await fixture.Client.PostAsJsonAsync("/v1/users", new { });

        var errors = await ErrorAssert.HasErrorAsync(response, HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        Assert.Equal(5, errors.Count);
    }

    [Fact]
    public async Task SignUp_WithAFieldOfTheWrongType_Returns400InvalidJson()
    {
        var body = Accounts.SignUpBody(Accounts.NewEmail());
        body["email"] = 42;

        using var response = await fixture.Client.PostAsJsonAsync("/v1/users", body);

        await ErrorAssert.SingleAsync(response, HttpStatusCode.BadRequest, "INVALID_JSON");
    }

    [Fact]
    public async Task SignUp_WithATakenEmailInAnyCase_Returns409()
    {
        var email = Accounts.NewEmail();
        await Accounts.SignUpAsync(fixture.Client, email);

        using var response = await fixture.Client.PostAsJsonAsync("/v1/users", Accounts.SignUpBody(email.ToUpperInvariant()));

        await ErrorAssert.SingleAsync(response, HttpStatusCode.Conflict, "EMAIL_TAKEN");
    }

    [Fact]
    public async Task ConcurrentSignUps_WithOneEmail_CreateExactlyOneAccount()
    {
        var email = Accounts.NewEmail();

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            using var client = fixture.Host.CreateClient();
            using var response = await client.PostAsJsonAsync("/v1/users", Accounts.SignUpBody(email));
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        }));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.Created), r =>
        {
            Assert.Equal(HttpStatusCode.Conflict, r.StatusCode);
            Assert.Contains("EMAIL_TAKEN", r.Body, StringComparison.Ordinal);
        });
        Assert.Equal(1, await CountAsync(email));
    }

    private async Task<int> CountAsync(string email)
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UsersDbContext>().Users.CountAsync(u => u.Email == email);
    }
}
