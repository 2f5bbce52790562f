using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using CampusG.Orders.Features;
using CampusG.Auth;
using CampusG.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CampusG.Orders.Tests;

/// <summary>The Orders routes as a signed-in user calls them; tokens are minted directly (Users is not in the host).</summary>
internal sealed class OrdersApi(CampusGHost host)
{
    public const string ValidBody =
        """{"description":"2x chicken rice from Koufu, no chilli","foodFee":8.50,"deliveryFee":2.00,"deliveryLocation":"SMU SCIS 1, level 3 lobby"}""";

    public Task<HttpResponseMessage> CreateAsync(Guid userId, string json = ValidBody, string? idempotencyKey = null)
    {
        var request = Request(HttpMethod.Post, "/v1/orders", userId);
        request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        if (idempotencyKey is not null)
        {
            request.Headers.TryAddWithoutValidation("Idempotency-Key", idempotencyKey);
        }

        return host.Client.SendAsync(request);
    }

    public async Task<OrderResponse> CreateOrderAsync(Guid userId, string json = ValidBody)
    {
        using var response = await CreateAsync(userId, json);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await ReadAsync<OrderResponse>(response);
    }

    public Task<HttpResponseMessage> GetAsync(Guid userId, string path) => host.Client.SendAsync(Request(HttpMethod.Get, path, userId));

    public async Task<OrderResponse> GetOrderAsync(Guid userId, Guid orderId)
    {
        using var response = await GetAsync(userId, $"/v1/orders/{orderId}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ReadAsync<OrderResponse>(response);
    }

    /// <summary>POST with a JSON body (or none).</summary>
    public Task<HttpResponseMessage> PostAsync(Guid userId, string path, string? json = null)
    {
        var request = Request(HttpMethod.Post, path, userId);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return host.Client.SendAsync(request);
    }

    /// <summary>POST multipart/form-data with the given content.</summary>
    /// <remarks>
    /// <c>Expect: 100-continue</c>: a body the server refuses by its size is answered before it is sent,
    /// as careful clients do, instead of the server closing the connection under a client still sending.
    /// </remarks>
    public Task<HttpResponseMessage> PostFormAsync(Guid userId, string path, HttpContent content)
    {
        var request = Request(HttpMethod.Post, path, userId);
        request.Headers.ExpectContinue = true;
        request.Content = content;
        return host.Client.SendAsync(request);
    }

    /// <summary>An operator's call (a new admin user each time), with a JSON body or none.</summary>
    public Task<HttpResponseMessage> AdminAsync(HttpMethod method, string path, string? json = null)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", host.TokenFor(Guid.NewGuid(), isAdmin: true));
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return host.Client.SendAsync(request);
    }

    public static async Task<T> ReadAsync<T>(HttpResponseMessage response)
    {
        var body = await response.Content.ReadFromJsonAsync<T>();
        Assert.NotNull(body);
        return body;
    }

    private HttpRequestMessage Request(HttpMethod method, string path, Guid userId)
    {
        var token = host.TokenFor(userId);
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }
}
