using System.Net;
using System.Net.Http.Json;
using CampusG.EndToEnd.Tests.Support;
using CampusG.Testing;

namespace CampusG.EndToEnd.Tests;

/// <summary>A CampusG with small per-address limits and a short sign-in window, so each limit shows in seconds.</summary>
public sealed class LimitedCampus : IAsyncLifetime
{
    public CampusGHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await TestCampus.StartAsync(options =>
    {
        options.Configuration["RateLimits:SignUpsPerAddress"] = "3";
        options.Configuration["RateLimits:SignInFailuresPerAddress"] = "3";
        options.Configuration["RateLimits:SignInWindow"] = "00:00:03";
    });

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

/// <summary>The per-address limits (<c>RateLimits:*</c>) answer 429 RATE_LIMITED with Retry-After, and lapse with their window.</summary>
public sealed class AddressLimitTests(LimitedCampus campus) : IClassFixture<LimitedCampus>
{
    [Fact]
    public async Task SignUps_FromOneAddress_StopAtTheLimit()
    {
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await campus.Host.Client.PostAsJsonAsync("/v1/users", new
            {
                email = $"student-{Guid.NewGuid():N}@campus.test", password = "correct horse 42", firstName = "Ada", lastName = "Tan", phoneNumber = "+6591234567",
            });
            answers.Add(response.StatusCode);
            if (response.StatusCode == (HttpStatusCode)429)
            {
                Assert.Equal("RATE_LIMITED", await SessionTests.CodeAsync(response));
                Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After in seconds");
            }
        }

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.Created, (HttpStatusCode)429], answers);
    }

    [Fact]
    public async Task FailedSignIns_FromOneAddress_LockItUntilTheWindowPasses()
    {
        for (var i = 0; i < 3; i++)
        {
            using var wrong = await SignInAsync($"nobody-{i}-{Guid.NewGuid():N}@campus.test");
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using var locked = await SignInAsync($"nobody-{Guid.NewGuid():N}@campus.test");
        Assert.Equal((HttpStatusCode)429, locked.StatusCode);
        Assert.Equal("RATE_LIMITED", await SessionTests.CodeAsync(locked));

        var deadline = DateTime.UtcNow.AddSeconds(20);
        HttpStatusCode status;
        do
        {
            await Task.Delay(250);
            using var later = await SignInAsync($"nobody-{Guid.NewGuid():N}@campus.test");
            status = later.StatusCode;
        }
        while (status == (HttpStatusCode)429 && DateTime.UtcNow < deadline);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }

    private Task<HttpResponseMessage> SignInAsync(string email) =>
        campus.Host.Client.PostAsJsonAsync("/v1/auth/token", new { email, password = "not the password" });
}

/// <summary>A token stops working when <c>Auth:TokenLifetime</c> has passed, and its notification stream closes.</summary>
public sealed class TokenLifetimeTests
{
    [Fact]
    public async Task AnExpiredToken_IsRefused_AndItsStreamCloses()
    {
        // Long enough to sign up, sign in and open a stream through a distributed gateway on a busy machine.
        await using var host = await TestCampus.StartAsync(options => options.Configuration["Auth:TokenLifetime"] = "00:00:10");
        var user = await CampusApi.SignUpAsync(host.Client, card: null);
        using var stream = await SessionTests.OpenStreamAsync(user);

        await SessionTests.StreamEndsAsync(stream, TimeSpan.FromSeconds(30));

        var deadline = DateTime.UtcNow.AddSeconds(30);
        HttpStatusCode status;
        do
        {
            using var me = await user.SendAsync(HttpMethod.Get, "/v1/users/me");
            status = me.StatusCode;
            await Task.Delay(250);
        }
        while (status == HttpStatusCode.OK && DateTime.UtcNow < deadline);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }
}
