using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CampusG.Restaurants.Contracts;
using CampusG.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CampusG.PostgreSql.Tests;

/// <summary>Restaurants on PostgreSQL: name search and paging in its collation, and owners' changes racing under read committed.</summary>
public sealed class RestaurantTests : IAsyncLifetime
{
    private readonly TestDatabases _databases = new();

    private readonly Guid _owner = Guid.NewGuid();

    private CampusGHost? _host;

    private CampusGHost Host => _host!;

    public async Task InitializeAsync() => _host = await PostgresHost.StartAsync(_databases, "Restaurants");

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        await _databases.DisposeAsync();
    }

    [Fact]
    public async Task List_PagesByName_AndQMatchesLiterally()
    {
        foreach (var name in new[] { "Delta 50%_off", "alpha", "Charlie", "bravo", "Delta 500 off" })
        {
            using var opened = await SendAsync(HttpMethod.Post, "/v1/restaurants", new { name, location = "B1" });
            Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        }

        var names = new List<string>();
        string? cursor = null;
        do
        {
            var page = await ListAsync($"?limit=2{(cursor is null ? "" : "&cursor=" + cursor)}");
            names.AddRange(page.RootElement.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("name").GetString()!));
            cursor = page.RootElement.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);

        Assert.Equal(["alpha", "bravo", "Charlie", "Delta 50%_off", "Delta 500 off"], names);
        var found = await ListAsync("?q=" + Uri.EscapeDataString("50%_"));
        Assert.Equal(["Delta 50%_off"], found.RootElement.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("name").GetString()));
    }

    [Theory]
    [InlineData("?q=a%00b")]
    [InlineData("?cursor=AAAAAAAAAAAAAAAAAAAAAAA")] // an id, then a name key of one NUL, which PostgreSQL cannot take
    public async Task List_WithANulInQOrCursor_Is400(string query)
    {
        using var response = await SendAsync(HttpMethod.Get, "/v1/restaurants" + query, body: null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("VALIDATION_FAILED", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RacingChanges_AllSucceed_EachWithAVersionOfItsOwn()
    {
        using var opened = await SendAsync(HttpMethod.Post, "/v1/restaurants", new { name = "Koufu", location = "B1" });
        var restaurantId = JsonDocument.Parse(await opened.Content.ReadAsStringAsync()).RootElement.GetProperty("restaurantId").GetGuid();

        var responses = await Task.WhenAll(Enumerable.Range(1, 12).Select(i =>
            SendAsync(HttpMethod.Patch, $"/v1/restaurants/{restaurantId}", new { name = $"Koufu {i}" })));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Array.ForEach(responses, r => r.Dispose());
        var changes = await Host.Services.GetRequiredService<MessageProbe>().WaitForCountAsync<RestaurantChanged>(13, c => c.RestaurantId == restaurantId);
        Assert.Equal(Enumerable.Range(1, 13).Select(v => (long)v), changes.Select(c => c.Version).Order());
    }

    private async Task<JsonDocument> ListAsync(string query)
    {
        using var response = await SendAsync(HttpMethod.Get, "/v1/restaurants" + query, body: null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Host.TokenFor(_owner));
        if (body is not null)
        {
            request.Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
        }

        return Host.Client.SendAsync(request);
    }
}
