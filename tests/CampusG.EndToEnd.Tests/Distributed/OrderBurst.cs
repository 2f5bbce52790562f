using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CampusG.EndToEnd.Tests.Support;

namespace CampusG.EndToEnd.Tests.Distributed;

/// <summary>
/// Many customers placing orders at once, each like a real client: an Idempotency-Key per order, and the same
/// request again after a refused connection or a 5xx (a module process or the broker being down for a while).
/// </summary>
/// <param name="order">The body of each order (default: an errand).</param>
internal sealed class OrderBurst(IReadOnlyList<CampusApi> customers, int orders, Func<object>? order = null)
{
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromMinutes(2);

    private int _submitted;

    /// <summary>Orders the API has answered 201 for so far.</summary>
    public int Submitted => Volatile.Read(ref _submitted);

    /// <summary>Places every order (customers take turns, 16 at a time) and returns (customer, orderId) pairs.</summary>
    public async Task<IReadOnlyList<(CampusApi Customer, Guid OrderId)>> RunAsync()
    {
        var placed = new (CampusApi, Guid)[orders];
        await Parallel.ForAsync(0, orders, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, _) =>
        {
            var customer = customers[i % customers.Count];
            placed[i] = (customer, await PlaceAsync(customer, order?.Invoke() ?? CampusApi.Errand(), $"burst-{Guid.NewGuid():N}"));
            Interlocked.Increment(ref _submitted);
        });
        return placed;
    }

    private static async Task<Guid> PlaceAsync(CampusApi customer, object body, string idempotencyKey)
    {
        var deadline = DateTime.UtcNow + GiveUpAfter;
        while (true)
        {
            try
            {
                using var response = await customer.SendAsync(HttpMethod.Post, "/v1/orders", body, idempotencyKey);
                if (response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK)
                {
                    return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("orderId").GetGuid();
                }

                Assert.True((int)response.StatusCode >= 500, $"POST /v1/orders: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
            catch (HttpRequestException)
            {
            }

            Assert.True(DateTime.UtcNow < deadline, "the order could not be placed within two minutes");
            await Task.Delay(200);
        }
    }
}
