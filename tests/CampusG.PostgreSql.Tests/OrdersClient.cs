using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CampusG.Auth;
using CampusG.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CampusG.PostgreSql.Tests;

/// <summary>The Orders routes as a signed-in user calls them; tokens are minted directly (Users is not in the host).</summary>
internal sealed class OrdersClient(CampusGHost host)
{
    private const string Body =
        """{"description":"2x chicken rice from Koufu, no chilli","foodFee":8.50,"deliveryFee":2.00,"deliveryLocation":"SMU SCIS 1, level 3 lobby"}""";

    public Task<HttpResponseMessage> CreateAsync(Guid customer, string? idempotencyKey = null)
    {
        var request = Request(HttpMethod.Post, "/v1/orders", customer);
        request.Content = new StringContent(Body, Encoding.UTF8, "application/json");
        if (idempotencyKey is not null)
        {
            request.Headers.TryAddWithoutValidation("Idempotency-Key", idempotencyKey);
        }

        return host.Client.SendAsync(request);
    }

    public Task<HttpResponseMessage> AcceptAsync(Guid runner, Guid orderId) =>
        host.Client.SendAsync(Request(HttpMethod.Post, $"/v1/orders/{orderId}/accept", runner));

    public static async Task<Guid> OrderIdAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("orderId").GetGuid();
    }

    public static async Task<string> ErrorCodeAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("errors")[0].GetProperty("code").GetString()!;
    }

    private HttpRequestMessage Request(HttpMethod method, string path, Guid userId)
    {
        var token = host.TokenFor(userId);
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }
}
