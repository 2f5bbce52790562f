using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace CampusG.Bench.Saga;

/// <summary>Creates the customers through the public API before the timed part: sign up, token, card 4242….</summary>
internal static class Customers
{
    public const string Card = "4242424242424242";
    private const string Password = "bench-password-1";

    public static async Task<IReadOnlyList<Customer>> CreateAsync(Uri baseAddress, int count, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(2) };
        var run = Guid.NewGuid().ToString("N")[..8];
        var customers = new Customer[count];
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellationToken },
            async (i, ct) => customers[i] = await CreateOneAsync(client, $"bench-{run}-{i}@example.com", ct));
        return customers;
    }

    private static async Task<Customer> CreateOneAsync(HttpClient client, string email, CancellationToken cancellationToken)
    {
        await SendAsync(client, HttpMethod.Post, "/v1/users", null,
            new { email, password = Password, firstName = "Bench", lastName = "Customer", phoneNumber = "+6591234567" }, cancellationToken);
        var token = await SendAsync(client, HttpMethod.Post, "/v1/auth/token", null, new { email, password = Password }, cancellationToken);
        var accessToken = token.GetProperty("accessToken").GetString()!;
        var userId = token.GetProperty("userId").GetGuid();
        await SendAsync(client, HttpMethod.Put, "/v1/users/me/payment-method", accessToken,
            new { cardNumber = Card, expMonth = 12, expYear = DateTime.UtcNow.Year + 3, cvc = "123" }, cancellationToken);
        return new Customer(userId, accessToken);
    }

    private static async Task<JsonElement> SendAsync(
        HttpClient client, HttpMethod method, string path, string? token, object body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await client.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException(string.Create(CultureInfo.InvariantCulture, $"{method} {path} answered {(int)response.StatusCode}: {text}"));
        }

        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
