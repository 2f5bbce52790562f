using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace CampusG.Bench.Saga;

/// <summary>
/// The menu workload's restaurant: opened through the API by the first customer, with one item whose stock covers
/// every order of the run (so each saga reserves, and none runs out). Returns the order body once Orders and Inventory
/// both know the item (a first order it takes proves it).
/// </summary>
internal static class BenchRestaurant
{
    public static async Task<byte[]> OpenAsync(Uri baseAddress, Customer owner, int orders, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(2) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", owner.Token);
        var restaurant = await PostAsync(client, "/v1/restaurants", new { name = "Bench kitchen", location = "SMU SCIS 1, basement" }, cancellationToken);
        var restaurantId = restaurant.GetProperty("restaurantId").GetGuid();
        var stock = Math.Min(100_000, orders + 1_000);
        var item = await PostAsync(client, $"/v1/restaurants/{restaurantId}/items", new { name = "Chicken rice", price = 4.50m, stock }, cancellationToken);
        var body = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new
        {
            restaurantId,
            items = new[] { new { itemId = item.GetProperty("itemId").GetGuid(), quantity = 1 } },
            deliveryFee = 2.00m,
            deliveryLocation = "SMU SCIS 1, level 3 lobby",
        }));

        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            using var probe = new HttpRequestMessage(HttpMethod.Post, "/v1/orders") { Content = new ByteArrayContent(body) };
            probe.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var answer = await client.SendAsync(probe, cancellationToken);
            if (answer.StatusCode == HttpStatusCode.Created)
            {
                return body;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new HttpRequestException($"The bench restaurant never took an order: {(int)answer.StatusCode} {await answer.Content.ReadAsStringAsync(cancellationToken)}");
            }

            await Task.Delay(200, cancellationToken);
        }
    }

    private static async Task<JsonElement> PostAsync(HttpClient client, string path, object body, CancellationToken cancellationToken)
    {
        using var response = await client.PostAsJsonAsync(path, body, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        return response.IsSuccessStatusCode
            ? JsonDocument.Parse(text).RootElement.Clone()
            : throw new HttpRequestException($"POST {path} answered {(int)response.StatusCode}: {text}");
    }
}
