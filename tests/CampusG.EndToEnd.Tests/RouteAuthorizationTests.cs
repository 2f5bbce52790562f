using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CampusG.EndToEnd.Tests.Support;
using CampusG.Testing;

namespace CampusG.EndToEnd.Tests;

/// <summary>
/// Every route of the API against callers it must turn away: no token, a malformed or signed-out token, another
/// user (an order that is not theirs is not found), a user who is not an operator.
/// </summary>
[Collection(SharedCampus.Name)]
public sealed class RouteAuthorizationTests(TestCampus campus)
{
    /// <summary>
    /// Every route that needs a token; <c>{order}</c> is an order of someone else, <c>{id}</c>, <c>{restaurant}</c>,
    /// <c>{item}</c> and <c>{rider}</c> any id.
    /// </summary>
    public static readonly TheoryData<string, string> SignedInRoutes = new()
    {
        { "POST", "/v1/auth/logout" }, { "GET", "/v1/users/me" }, { "GET", "/v1/users/{id}" }, { "PUT", "/v1/users/me/payment-method" },
        { "POST", "/v1/orders" }, { "GET", "/v1/orders" }, { "GET", "/v1/orders/available" }, { "GET", "/v1/orders/{order}" },
        { "POST", "/v1/orders/{order}/accept" }, { "POST", "/v1/orders/{order}/acceptance/cancel" }, { "POST", "/v1/orders/{order}/proofs" },
        { "GET", "/v1/orders/{order}/proofs/{id}" }, { "POST", "/v1/orders/{order}/status" }, { "POST", "/v1/orders/{order}/cancel" },
        { "POST", "/v1/orders/{order}/retry" }, { "POST", "/v1/orders/{order}/review" }, { "GET", "/v1/orders/{order}/events" },
        { "GET", "/v1/orders/{order}/payment" }, { "GET", "/v1/notifications" }, { "GET", "/v1/notifications/stream" },
        { "GET", "/v1/admin/sagas" }, { "GET", "/v1/admin/orders/{order}/events" },
        { "GET", "/v1/admin/dead-letters" }, { "POST", "/v1/admin/dead-letters/{id}/replay" }, { "GET", "/v1/admin/timers" },
        { "POST", "/v1/restaurants" }, { "GET", "/v1/restaurants" }, { "GET", "/v1/restaurants/{restaurant}" }, { "PATCH", "/v1/restaurants/{restaurant}" },
        { "POST", "/v1/restaurants/{restaurant}/items" }, { "PATCH", "/v1/restaurants/{restaurant}/items/{item}" },
        { "GET", "/v1/restaurants/{restaurant}/orders" }, { "POST", "/v1/restaurants/{restaurant}/orders/{order}" },
        { "POST", "/v1/restaurants/{restaurant}/orders/{order}/ready" }, { "PATCH", "/v1/riders/{rider}/orders/{order}" },
        { "POST", "/v1/products/{item}/adjust" }, { "GET", "/v1/products/{item}/availability" }, { "POST", "/v1/products/availability" },
        { "POST", "/v1/orders/{order}/issues" }, { "GET", "/v1/orders/{order}/issues" }, { "POST", "/v1/orders/{order}/delivery-fee" },
        { "GET", "/v1/admin/issues" }, { "POST", "/v1/admin/issues/{id}/resolve" }, { "POST", "/v1/admin/orders/{order}/cancel" },
        { "GET", "/v1/admin/orders/overdue" },
        { "GET", "/v1/users/me/earnings" }, { "POST", "/v1/users/me/payouts" }, { "GET", "/v1/admin/ledger/check" },
        { "GET", "/v1/riders/me/availability" }, { "PUT", "/v1/riders/me/availability" }, { "PUT", "/v1/riders/me/location" },
        { "GET", "/v1/orders/{order}/tracking" }, { "GET", "/v1/orders/{order}/receipt" },
        { "GET", "/v1/users/me/notification-preferences" }, { "PUT", "/v1/users/me/notification-preferences" }, { "GET", "/v1/admin/notifications" },
    };

    /// <summary>The routes of another user's order that a stranger must find not found (the runner list's accept is open to all).</summary>
    public static readonly TheoryData<string, string> OrderRoutes = new()
    {
        { "GET", "/v1/orders/{order}" }, { "POST", "/v1/orders/{order}/acceptance/cancel" }, { "POST", "/v1/orders/{order}/proofs" },
        { "GET", "/v1/orders/{order}/proofs/{id}" }, { "POST", "/v1/orders/{order}/status" }, { "POST", "/v1/orders/{order}/cancel" },
        { "POST", "/v1/orders/{order}/retry" }, { "POST", "/v1/orders/{order}/review" }, { "GET", "/v1/orders/{order}/events" },
        { "GET", "/v1/orders/{order}/payment" }, { "POST", "/v1/orders/{order}/issues" }, { "GET", "/v1/orders/{order}/issues" },
        { "POST", "/v1/orders/{order}/delivery-fee" }, { "GET", "/v1/orders/{order}/tracking" }, { "GET", "/v1/orders/{order}/receipt" },
    };

    [Theory]
    [MemberData(nameof(SignedInRoutes))]
    public async Task WithoutAValidToken_EveryRouteIs401(string method, string route)
    {
        var user = await CampusApi.SignUpAsync(campus.Host.CreateClient(), card: null);
        var signedOut = await SignedOutTokenAsync();
        var path = Path(route, Guid.NewGuid());

        foreach (var token in new[] { null, "not-a-token", "eyJhbGciOiJIUzI1NiJ9.e30.c2lnbmF0dXJl", signedOut })
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = Body(route) };
            request.Headers.Authorization = token is null ? null : new AuthenticationHeaderValue("Bearer", token);
            using var response = await user.Http.SendAsync(request);
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{method} {path} with token {token ?? "(none)"}: {(int)response.StatusCode}");
            Assert.Equal("UNAUTHENTICATED", await SessionTests.CodeAsync(response));
        }
    }

    [Theory]
    [MemberData(nameof(OrderRoutes))]
    public async Task AnotherUsersOrder_IsNotFound_OnEveryOrderRoute(string method, string route)
    {
        var owner = await CampusApi.SignUpAsync(campus.Host.Client);
        var stranger = await CampusApi.SignUpAsync(campus.Host.CreateClient());
        var orderId = (await owner.PlaceOrderAsync()).GetProperty("orderId").GetGuid();
        await owner.WaitForStatusAsync(orderId, "CREATED");

        using var request = new HttpRequestMessage(new HttpMethod(method), Path(route, orderId)) { Content = Body(route) };
        using var response = await stranger.SendRawAsync(request);

        Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{method} {route}: {(int)response.StatusCode}");
        // A proof is looked up by order and proof together, so it is not found the same way whether the order exists or not.
        Assert.Equal(route.EndsWith("{id}", StringComparison.Ordinal) ? "PROOF_NOT_FOUND" : "ORDER_NOT_FOUND", await SessionTests.CodeAsync(response));
    }

    [Theory]
    [InlineData("GET", "/v1/admin/sagas")]
    [InlineData("GET", "/v1/admin/ledger/check")]
    [InlineData("GET", "/v1/admin/orders/{order}/events")]
    [InlineData("GET", "/v1/admin/dead-letters")]
    [InlineData("POST", "/v1/admin/dead-letters/{id}/replay")]
    [InlineData("GET", "/v1/admin/timers")]
    [InlineData("GET", "/v1/admin/issues")]
    [InlineData("POST", "/v1/admin/issues/{id}/resolve")]
    [InlineData("POST", "/v1/admin/orders/{order}/cancel")]
    [InlineData("GET", "/v1/admin/orders/overdue")]
    [InlineData("GET", "/v1/admin/notifications")]
    public async Task OperatorsRoutes_Are403ForEveryoneElse(string method, string route)
    {
        var user = await CampusApi.SignUpAsync(campus.Host.Client, card: null);

        using var response = await user.SendAsync(new HttpMethod(method), Path(route, Guid.NewGuid()));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("FORBIDDEN", await SessionTests.CodeAsync(response));
    }

    [Fact]
    public async Task TheTables_NameEveryRouteTheApiDocuments()
    {
        var documented = (await OperationsAsync(campus.Host.Client))
            .Where(r => !r.EndsWith("/v1/users", StringComparison.Ordinal) && !r.EndsWith("/v1/auth/token", StringComparison.Ordinal))
            .Where(r => !r.Contains(" /v1/receipts/", StringComparison.Ordinal)); // a signed receipt link needs no token
        var tabled = SignedInRoutes.Select(r => $"{r[0]} {Template((string)r[1])}");

        Assert.Empty(documented.Except(tabled));
    }

    /// <summary>
    /// The campus's document lists the operations an embedded host's does: with <c>CAMPUSG_TEST_MODE=Distributed</c> it
    /// is the gateway's, merged from its module processes' documents.
    /// </summary>
    [Fact]
    public async Task TheDocument_ListsTheOperationsOfAnEmbeddedHost()
    {
        await using var embedded = await CampusGHost.StartAsync();

        var expected = await OperationsAsync(embedded.Client);
        var served = await OperationsAsync(campus.Host.Client);

        Assert.True(expected.Count > 50, $"an embedded host documents {expected.Count} operations");
        Assert.Equal(expected.Order(StringComparer.Ordinal), served.Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// The (method, path) pairs of a host's OpenAPI document, as <c>GET /v1/orders</c>. A gateway's names the module
    /// processes that did not answer in time (they generate their documents on the first request); it is asked again
    /// until none is missing.
    /// </summary>
    private static async Task<List<string>> OperationsAsync(HttpClient client)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(1);
        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        while (Description(document).Contains("Not listed", StringComparison.Ordinal))
        {
            Assert.True(DateTime.UtcNow < deadline, Description(document));
            await Task.Delay(TimeSpan.FromSeconds(1));
            document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        }

        return [.. document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(m => $"{m.Name.ToUpperInvariant()} {p.Name}"))];

        static string Description(JsonElement document) => document.GetProperty("info").GetProperty("description").GetString() ?? "";
    }

    private async Task<string> SignedOutTokenAsync()
    {
        var email = $"student-{Guid.NewGuid():N}@campus.test";
        await CampusApi.SignUpAsync(campus.Host.Client, email, card: null);
        using var signIn = await campus.Host.Client.PostAsJsonAsync("/v1/auth/token", new { email, password = "correct horse 42" });
        var token = (await signIn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
        using var logout = new HttpRequestMessage(HttpMethod.Post, "/v1/auth/logout");
        logout.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var done = await campus.Host.Client.SendAsync(logout);
        Assert.Equal(HttpStatusCode.NoContent, done.StatusCode);
        return token;
    }

    /// <summary>A body of the kind the route reads (a proof upload is multipart), so only authorization can refuse it.</summary>
    private static HttpContent Body(string route)
    {
        if (!route.EndsWith("/proofs", StringComparison.Ordinal))
        {
            return JsonContent.Create(new { status = "ON_SITE", rating = 5 });
        }

        var form = new MultipartFormDataContent
        {
            { new ByteArrayContent([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), "file", "receipt.png" },
            { new StringContent("receipt"), "kind" },
        };
        return form;
    }

    private static string Path(string route, Guid orderId) => new[] { "{id}", "{restaurant}", "{item}", "{rider}" }.Aggregate(
        route.Replace("{order}", orderId.ToString(), StringComparison.Ordinal),
        (path, placeholder) => path.Replace(placeholder, Guid.NewGuid().ToString(), StringComparison.Ordinal));

    /// <summary>The OpenAPI document's names for the placeholders.</summary>
    private static string Template(string route) => route
        .Replace("/v1/orders/{order}/proofs/{id}", "/v1/orders/{orderId}/proofs/{proofId}", StringComparison.Ordinal)
        .Replace("{order}", "{orderId}", StringComparison.Ordinal)
        .Replace("{restaurant}", "{restaurantId}", StringComparison.Ordinal)
        .Replace("{item}", "{itemId}", StringComparison.Ordinal)
        .Replace("{rider}", "{riderId}", StringComparison.Ordinal)
        .Replace("/v1/users/{id}", "/v1/users/{userId}", StringComparison.Ordinal)
        .Replace("/v1/admin/sagas/{id}", "/v1/admin/sagas/{sagaId}", StringComparison.Ordinal)
        .Replace("/v1/admin/issues/{id}", "/v1/admin/issues/{issueId}", StringComparison.Ordinal);
}
