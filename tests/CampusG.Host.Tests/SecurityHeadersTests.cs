using System.Net;
using System.Net.Http.Json;
using CampusG.Testing;

namespace CampusG.Host.Tests;

/// <summary><c>X-Content-Type-Options: nosniff</c> on every response, <c>Cache-Control: no-store</c> on the API's.</summary>
public sealed class SecurityHeadersTests(TestEndpointsHostFixture fixture) : IClassFixture<TestEndpointsHostFixture>
{
    private readonly HttpClient _client = fixture.Client;

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/test/conflict")]
    [InlineData("/v1/nothing-here")]
    [InlineData("/v1/users/me")]
    public async Task EveryResponse_CarriesNosniff(string path)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task ApiResponses_AreNotStored_SuccessesAndErrorsAlike()
    {
        var user = new { email = $"{Guid.NewGuid():N}@campusg.test", password = "correct horse", firstName = "Ada", lastName = "L", phoneNumber = "+6590000000" };

        using var created = await _client.PostAsJsonAsync(new Uri("/v1/users", UriKind.Relative), user);
        using var unauthenticated = await _client.GetAsync(new Uri("/v1/users/me", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.True(created.Headers.CacheControl?.NoStore, $"201: Cache-Control {created.Headers.CacheControl}");
        Assert.Equal(HttpStatusCode.Unauthorized, unauthenticated.StatusCode);
        Assert.True(unauthenticated.Headers.CacheControl?.NoStore, $"401: Cache-Control {unauthenticated.Headers.CacheControl}");
    }

    [Fact]
    public async Task ResponsesOutsideTheApi_KeepTheirOwnCaching()
    {
        using var asset = await _client.GetAsync(new Uri("/_framework/blazor.web.js", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
        Assert.NotEqual(true, asset.Headers.CacheControl?.NoStore);
    }
}
