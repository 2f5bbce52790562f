using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CampusG.EndToEnd.Tests.Support;

namespace CampusG.EndToEnd.Tests;

/// <summary>Signing out, the per-account sign-in lock and the stream limit, through the public API.</summary>
[Collection(SharedCampus.Name)]
public sealed class SessionTests(TestCampus campus)
{
    [Fact]
    public async Task Logout_EndsThatTokenOnEveryRoute_AndItsStream_ButNotTheUsersOtherSessions()
    {
        var email = $"student-{Guid.NewGuid():N}@campus.test";
        var user = await CampusApi.SignUpAsync(campus.Host.Client, email);
        var other = await CampusApi.SignInAsync(campus.Host.CreateClient(), email);
        using var stream = await OpenStreamAsync(user);

        using (var logout = await user.SendAsync(HttpMethod.Post, "/v1/auth/logout"))
        {
            Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        }

        foreach (var path in new[] { "/v1/users/me", "/v1/orders", "/v1/notifications", $"/v1/orders/{Guid.NewGuid()}/events" })
        {
            using var refused = await user.SendAsync(HttpMethod.Get, path);
            Assert.True(refused.StatusCode == HttpStatusCode.Unauthorized, $"GET {path}: {(int)refused.StatusCode}");
            Assert.Equal("UNAUTHENTICATED", await CodeAsync(refused));
        }

        await StreamEndsAsync(stream, TimeSpan.FromSeconds(15));
        Assert.Equal(other.UserId, (await other.GetJsonAsync("/v1/users/me")).GetProperty("userId").GetGuid());
        using var again = await user.SendAsync(HttpMethod.Post, "/v1/auth/logout");
        Assert.Equal(HttpStatusCode.Unauthorized, again.StatusCode);
    }

    [Fact]
    public async Task TenWrongPasswords_LockThatAccountsSignIn_RightPasswordIncluded_OnlyThatAccount()
    {
        var email = $"student-{Guid.NewGuid():N}@campus.test";
        var bystander = $"student-{Guid.NewGuid():N}@campus.test";
        await CampusApi.SignUpAsync(campus.Host.Client, email, card: null);
        await CampusApi.SignUpAsync(campus.Host.Client, bystander, card: null);

        for (var i = 0; i < 10; i++)
        {
            using var wrong = await SignInAsync(email, "not the password");
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using var locked = await SignInAsync(email, "correct horse 42");
        Assert.Equal((HttpStatusCode)429, locked.StatusCode);
        Assert.Equal("RATE_LIMITED", await CodeAsync(locked));
        Assert.True(locked.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After in seconds");
        await CampusApi.SignInAsync(campus.Host.CreateClient(), bystander);
    }

    [Fact]
    public async Task AUser_HasAtMostFiveStreamsOpen()
    {
        var user = await CampusApi.SignUpAsync(campus.Host.Client, card: null);
        var open = new List<HttpResponseMessage>();
        try
        {
            for (var i = 0; i < 5; i++)
            {
                open.Add(await OpenStreamAsync(user));
            }

            using var sixth = await user.SendRawAsync(new HttpRequestMessage(HttpMethod.Get, "/v1/notifications/stream"), HttpCompletionOption.ResponseHeadersRead);
            Assert.Equal((HttpStatusCode)429, sixth.StatusCode);
            Assert.Equal("RATE_LIMITED", await CodeAsync(sixth));
            Assert.NotNull(sixth.Headers.RetryAfter);
        }
        finally
        {
            open.ForEach(s => s.Dispose());
        }
    }

    /// <summary>
    /// Opens the caller's notification stream. It opens at once, also through the gateway: well before the first
    /// keep-alive (15 s), which is when a proxy holding the headers for the first body bytes would pass them on.
    /// </summary>
    internal static async Task<HttpResponseMessage> OpenStreamAsync(CampusApi user)
    {
        var opening = user.SendRawAsync(new HttpRequestMessage(HttpMethod.Get, "/v1/notifications/stream"), HttpCompletionOption.ResponseHeadersRead);
        var response = await opening.WaitAsync(TimeSpan.FromSeconds(8));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response;
    }

    /// <summary>Reads the stream until the server closes it; fails if it is still open after <paramref name="within"/>.</summary>
    internal static async Task StreamEndsAsync(HttpResponseMessage stream, TimeSpan within)
    {
        using var timeout = new CancellationTokenSource(within);
        await using var body = await stream.Content.ReadAsStreamAsync(timeout.Token);
        var buffer = new byte[1024];
        try
        {
            while (await body.ReadAsync(buffer, timeout.Token) > 0)
            {
            }
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            Assert.Fail($"The stream was still open after {within}.");
        }
    }

    private Task<HttpResponseMessage> SignInAsync(string email, string password) =>
        campus.Host.Client.PostAsJsonAsync("/v1/auth/token", new { email, password });

    internal static async Task<string?> CodeAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")[0].GetProperty("code").GetString();
}
