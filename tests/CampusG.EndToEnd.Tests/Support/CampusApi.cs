using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace CampusG.EndToEnd.Tests.Support;

/// <summary>A user of the public API: signs up, signs in, and calls routes with their token.</summary>
public sealed class CampusApi(HttpClient http)
{
    private string? _token;

    public Guid UserId { get; private set; }

    public HttpClient Http => http;

    /// <summary>The bearer token of this user's session (privacy tests look for it where it must not be).</summary>
    public string? AccessToken => _token;

    public static async Task<CampusApi> SignUpAsync(HttpClient http, string? email = null, string? card = "4242424242424242")
    {
        CampusApi api;
        email ??= $"student-{Guid.NewGuid():N}@campus.test";
        using var created = await CreateAccountAsync(http, email);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        api = await SignInAsync(http, email);
        if (card is not null)
        {
            using var saved = await api.SendAsync(HttpMethod.Put, "/v1/users/me/payment-method", new { cardNumber = card, expMonth = 12, expYear = DateTime.UtcNow.Year + 2, cvc = "123" });
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        }

        return api;
    }

    /// <summary>The campus's operator (the admin e-mail): signed up by the first test that asks, signed in after that.</summary>
    public static async Task<CampusApi> OperatorAsync(HttpClient http)
    {
        using var created = await CreateAccountAsync(http, TestCampus.AdminEmail);
        Assert.True(created.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict, $"sign-up: {(int)created.StatusCode}");
        return await SignInAsync(http, TestCampus.AdminEmail);
    }

    private static Task<HttpResponseMessage> CreateAccountAsync(HttpClient http, string email) =>
        http.PostAsJsonAsync("/v1/users", new
        {
            email, password = "correct horse 42", firstName = "Ada", lastName = "Tan", phoneNumber = "+6591234567",
        });

    public static async Task<CampusApi> SignInAsync(HttpClient http, string email)
    {
        var api = new CampusApi(http);
        using var token = await http.PostAsJsonAsync("/v1/auth/token", new { email, password = "correct horse 42" });
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        var body = await token.Content.ReadFromJsonAsync<JsonElement>();
        api._token = body.GetProperty("accessToken").GetString();
        api.UserId = body.GetProperty("userId").GetGuid();
        return api;
    }

    /// <summary>Sends a request built by the caller (e.g. multipart), with this user's token.</summary>
    public Task<HttpResponseMessage> SendRawAsync(HttpRequestMessage request, HttpCompletionOption completion = HttpCompletionOption.ResponseContentRead)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        return http.SendAsync(request, completion);
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body = null, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        return http.SendAsync(request);
    }

    public async Task<JsonElement> GetJsonAsync(string path)
    {
        using var response = await SendAsync(HttpMethod.Get, path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static object Errand(decimal foodFee = 8.50m, decimal deliveryFee = 2.00m) => new
    {
        description = "2x chicken rice from Koufu, no chilli", foodFee, deliveryFee, deliveryLocation = "SMU SCIS 1, level 3 lobby",
    };

    /// <summary>Places an order and returns its JSON (status PENDING_PAYMENT).</summary>
    public async Task<JsonElement> PlaceOrderAsync(object? order = null)
    {
        using var response = await SendAsync(HttpMethod.Post, "/v1/orders", order ?? Errand());
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Polls the order until <paramref name="done"/> holds.</summary>
    public async Task<JsonElement> WaitForOrderAsync(Guid orderId, Func<JsonElement, bool> done, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? DefaultWait);
        for (var attempt = 0; ; attempt++)
        {
            var order = await GetJsonAsync($"/v1/orders/{orderId}");
            if (done(order))
            {
                return order;
            }

            Assert.True(DateTime.UtcNow < deadline, $"order {orderId} stayed {order}");
            await Task.Delay(PollDelay(attempt));
        }
    }

    public Task<JsonElement> WaitForStatusAsync(Guid orderId, string status, TimeSpan? timeout = null) =>
        WaitForOrderAsync(orderId, o => o.GetProperty("status").GetString() == status, timeout);

    /// <summary>Polls a JSON route until <paramref name="done"/> holds (read models catch up asynchronously).</summary>
    public async Task<JsonElement> WaitForJsonAsync(string path, Func<JsonElement, bool> done, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? DefaultWait);
        for (var attempt = 0; ; attempt++)
        {
            using var response = await SendAsync(HttpMethod.Get, path);
            var text = await response.Content.ReadAsStringAsync();
            if (response.StatusCode == HttpStatusCode.OK && JsonDocument.Parse(text).RootElement.Clone() is var json && done(json))
            {
                return json;
            }

            Assert.True(DateTime.UtcNow < deadline, $"GET {path} never satisfied the condition; last: {(int)response.StatusCode} {text}");
            await Task.Delay(PollDelay(attempt));
        }
    }

    /// <summary>
    /// How long a saga may take to show its effect before a wait fails: generous, because a distributed deployment's
    /// nine processes share a small CI machine's cores; a passing wait returns as soon as the effect shows.
    /// </summary>
    private static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(60);

    /// <summary>
    /// 25 ms at first, growing to 400 ms: quick answers stay quick, while many tests waiting on a slow saga do not
    /// take the CPU it needs (a distributed deployment shares two cores with its nine processes).
    /// </summary>
    private static TimeSpan PollDelay(int attempt) => TimeSpan.FromMilliseconds(Math.Min(400, 25 << Math.Min(attempt / 4, 4)));

    /// <summary>Waits until the caller has <paramref name="count"/> notifications of <paramref name="template"/> (those about no order, like payouts, included).</summary>
    public Task<JsonElement> WaitForNotificationsAsync(string template, int count) =>
        WaitForJsonAsync("/v1/notifications?limit=100", n => n.GetProperty("items").EnumerateArray()
            .Count(i => i.GetProperty("template").GetString() == template) >= count);

    public Task<JsonElement> WaitForNotificationAsync(string template, Guid orderId) =>
        WaitForJsonAsync("/v1/notifications?limit=100", n => n.GetProperty("items").EnumerateArray()
            .Any(i => i.GetProperty("template").GetString() == template && i.GetProperty("orderId").GetString() == orderId.ToString()));
}
