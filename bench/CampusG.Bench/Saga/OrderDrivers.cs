using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CampusG.Orders.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CampusG.Bench.Saga;

/// <summary>The API shed the order with <c>503 OVERLOADED</c> and asked to wait <paramref name="retryAfter"/>.</summary>
internal sealed class OverloadedException(TimeSpan retryAfter) : Exception("503 OVERLOADED")
{
    public TimeSpan RetryAfter { get; } = retryAfter;
}

/// <summary>A customer the benchmark places orders for.</summary>
internal sealed record Customer(Guid UserId, string Token);

/// <summary>Places one order and returns its id once the API (or what it calls) answered.</summary>
internal interface IOrderDriver : IDisposable
{
    Task<Guid> PlaceAsync(Customer customer, CancellationToken cancellationToken);
}

/// <summary>The same order every time, the example errand of docs/api.md.</summary>
internal static class BenchOrder
{
    public const string Description = "2x chicken rice from Koufu, no chilli";
    public const string DeliveryLocation = "SMU SCIS 1, level 3 lobby";
    public const decimal FoodFee = 8.50m;
    public const decimal DeliveryFee = 2.00m;

    public static readonly byte[] Json = Encoding.UTF8.GetBytes(
        $$"""{"description":"{{Description}}","foodFee":8.50,"deliveryFee":2.00,"deliveryLocation":"{{DeliveryLocation}}"}""");
}

/// <summary><c>POST /v1/orders</c> with the customer's bearer token over one pooled HttpClient.</summary>
/// <param name="body">The order's JSON (default: <see cref="BenchOrder.Json"/>, the errand).</param>
internal sealed class HttpOrderDriver(Uri baseAddress, int connections, byte[]? body = null) : IOrderDriver
{
    private readonly byte[] _body = body ?? BenchOrder.Json;

    private static readonly MediaTypeHeaderValue JsonType = new("application/json");

    private readonly HttpClient _client = new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = connections,
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
    })
    {
        BaseAddress = baseAddress,
        Timeout = TimeSpan.FromMinutes(5),
    };

    public async Task<Guid> PlaceAsync(Customer customer, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/orders");
        request.Content = new ByteArrayContent(_body) { Headers = { ContentType = JsonType } };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", customer.Token);
        using var response = await _client.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
        {
            throw new OverloadedException(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1));
        }

        if (response.StatusCode != HttpStatusCode.Created || response.Headers.Location is not { } location)
        {
            throw new HttpRequestException(
                $"POST /v1/orders answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }

        return Guid.Parse(location.OriginalString.AsSpan(location.OriginalString.LastIndexOf('/') + 1));
    }

    public void Dispose() => _client.Dispose();
}

/// <summary>
/// Calls exactly what the create-order endpoint calls (validation, then <see cref="OrderPlacement"/> in a fresh
/// scope, then the response body's mapping), inside the host and without HTTP: the engine alone.
/// </summary>
internal sealed class InProcessOrderDriver(IServiceProvider services) : IOrderDriver
{
    private static readonly CreateOrderRequest Request = new(BenchOrder.Description, BenchOrder.FoodFee, BenchOrder.DeliveryFee, BenchOrder.DeliveryLocation);

    public async Task<Guid> PlaceAsync(Customer customer, CancellationToken cancellationToken)
    {
        // Each request starts as a new thread-pool work item, as a Kestrel request does (see RESULTS.md, observation 4).
        await Task.Yield();
        await using var scope = services.CreateAsyncScope();
        var failures = CreateOrderValidation.Check(Request);
        if (failures.Count > 0)
        {
            throw new UnreachableException($"The bench order is invalid: {failures[0]}");
        }

        var placement = scope.ServiceProvider.GetRequiredService<OrderPlacement>();
        var placed = await placement.PlaceAsync(customer.UserId, CreateOrderValidation.ToNewOrder(Request), key: null, cancellationToken);
        return OrderResponse.From(placed.Order).OrderId;
    }

    public void Dispose()
    {
    }
}
