using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CampusG.Testing;

namespace CampusG.Users.Tests;

/// <summary>Signs users up and in through the public API.</summary>
internal static class Accounts
{
    public const string Password = "correct horse battery";

    public static string NewEmail() => $"user-{Guid.NewGuid():N}@campus.test";

    public static Dictionary<string, object?> SignUpBody(string email) => new()
    {
        ["email"] = email,
        ["password"] = Password,
        ["firstName"] = "Ada",
        ["lastName"] = "Lovelace",
        ["phoneNumber"] = "+6591234567",
    };

    public static async Task<Guid> SignUpAsync(HttpClient client, string email)
    {
        using var response = await client.PostAsJsonAsync("/v1/users", SignUpBody(email));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("userId").GetGuid();
    }

    public static async Task<string> TokenAsync(HttpClient client, string email, string password = Password)
    {
        using var response = await client.PostAsJsonAsync("/v1/auth/token", new { email, password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    /// <summary>A new account and a client that carries its bearer token; the caller disposes the client.</summary>
    public static async Task<(Guid UserId, HttpClient Client)> NewUserAsync(CampusGHost host)
    {
        var email = NewEmail();
        var userId = await SignUpAsync(host.Client, email);
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(host.Client, email));
        return (userId, client);
    }
}
