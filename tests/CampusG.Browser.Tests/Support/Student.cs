using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CampusG.Browser.Tests.Support;

/// <summary>A user of the tests. Set-up that is not under test (a second account, a card) goes through the public API.</summary>
public sealed class Student
{
    public const string Password = "correct horse 42";

    public const string GoodCard = "4242424242424242";

    public const string DeclinedCard = "4000000000000002";

    private Student(string email, string token, Guid userId)
    {
        Email = email;
        Token = token;
        UserId = userId;
    }

    public string Email { get; }

    public string Token { get; }

    public Guid UserId { get; }

    public static string NewEmail(string who) => $"{who}-{Guid.NewGuid():N}@campus.test";

    /// <summary>Signs up through the API and saves <paramref name="card"/> (none when null).</summary>
    public static async Task<Student> CreateAsync(HttpClient http, string who, string? card = GoodCard, string? email = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        email ??= NewEmail(who);
        using var created = await http.PostAsJsonAsync("/v1/users", new
        {
            email, password = Password, firstName = who, lastName = "Tan", phoneNumber = "+6591234567",
        });
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        var student = await SignInAsync(http, email);
        if (card is not null)
        {
            await student.SendAsync(http, HttpMethod.Put, "/v1/users/me/payment-method", new { cardNumber = card, expMonth = 12, expYear = DateTime.UtcNow.Year + 2, cvc = "123" });
        }

        return student;
    }

    /// <summary>Places an order through the API and returns its id.</summary>
    public async Task<Guid> PlaceOrderAsync(HttpClient http, string description = Ui.Description, decimal foodFee = 6.40m, decimal deliveryFee = 1.50m)
    {
        var order = await SendAsync(http, HttpMethod.Post, "/v1/orders", new { description, foodFee, deliveryFee, deliveryLocation = "Library, level 2" });
        return order.GetProperty("orderId").GetGuid();
    }

    /// <summary>Calls the API with this student's token; fails the test unless it succeeds.</summary>
    public async Task<JsonElement> SendAsync(HttpClient http, HttpMethod method, string path, object? body = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{method} {path}: {(int)response.StatusCode} {text}");
        // A 204 (the rider's status and location calls) has no body.
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<Student> SignInAsync(HttpClient http, string email)
    {
        ArgumentNullException.ThrowIfNull(http);
        using var response = await http.PostAsJsonAsync("/v1/auth/token", new { email, password = Password });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var token = await response.Content.ReadFromJsonAsync<JsonElement>();
        return new Student(email, token.GetProperty("accessToken").GetString()!, token.GetProperty("userId").GetGuid());
    }

    /// <summary>Signs in through the sign-in page and waits for the app to show the user signed in.</summary>
    public async Task SignInAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("signin");
        await page.GetByTestId("signin-email").FillAsync(Email);
        await page.GetByTestId("signin-password").FillAsync(Password);
        await page.GetByTestId("signin-submit").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/orders$"));
    }
}
