using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CampusG.Testing;

namespace CampusG.Browser.Tests.Support;

/// <summary>An errand taken from placement to COMPLETED through the public API, for tests about what comes after delivery.</summary>
public static class Errand
{
    /// <summary>
    /// <paramref name="customer"/> places an errand and <paramref name="runner"/> delivers it (photos included, the receipt
    /// total given as <paramref name="actualFoodFee"/> when set); returns once the order is COMPLETED.
    /// </summary>
    public static async Task<Guid> DeliverAsync(
        HttpClient http, Student customer, Student runner, decimal foodFee = 6.40m, decimal deliveryFee = 1.50m, decimal? actualFoodFee = null)
    {
        ArgumentNullException.ThrowIfNull(customer);
        ArgumentNullException.ThrowIfNull(runner);
        var orderId = await customer.PlaceOrderAsync(http, Ui.Description, foodFee, deliveryFee);
        await StatusAsync(http, customer, orderId, "CREATED");
        await runner.SendAsync(http, HttpMethod.Post, $"/v1/orders/{orderId}/accept");
        await runner.SendAsync(http, HttpMethod.Post, $"/v1/orders/{orderId}/status", new { status = "ON_SITE" });
        var receipt = await UploadProofAsync(http, runner, orderId, "receipt");
        await runner.SendAsync(http, HttpMethod.Post, $"/v1/orders/{orderId}/status",
            actualFoodFee is { } total ? new { status = "PURCHASED", proofId = receipt, actualFoodFee = total } : new { status = "PURCHASED", proofId = receipt });
        await runner.SendAsync(http, HttpMethod.Post, $"/v1/orders/{orderId}/status", new { status = "COLLECTED" });
        await runner.SendAsync(http, HttpMethod.Post, $"/v1/orders/{orderId}/status", new { status = "ON_THE_WAY" });
        var handover = await UploadProofAsync(http, runner, orderId, "delivery");
        await runner.SendAsync(http, HttpMethod.Post, $"/v1/orders/{orderId}/status", new { status = "DELIVERED", proofId = handover });
        await StatusAsync(http, customer, orderId, "COMPLETED");
        return orderId;
    }

    /// <summary>Uploads a small PNG as the order's <paramref name="kind"/> photo; returns its proof id.</summary>
    public static async Task<Guid> UploadProofAsync(HttpClient http, Student who, Guid orderId, string kind)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(who);
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(TestPng.Create(64, 48, (200, 200, 200)));
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        form.Add(file, "file", $"{kind}.png");
        form.Add(new StringContent(kind), "kind");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/v1/orders/{orderId}/proofs") { Content = form };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", who.Token);
        using var response = await http.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"upload {kind}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("proofId").GetGuid();
    }

    /// <summary>Waits (through the API, as <paramref name="customer"/>) until the order, an errand or a menu order, is <paramref name="status"/>.</summary>
    public static Task StatusAsync(HttpClient http, Student customer, Guid orderId, string status) =>
        Eventually.TrueAsync(
            async () => (await customer.SendAsync(http, HttpMethod.Get, $"/v1/orders/{orderId}")).GetProperty("status").GetString() == status,
            TimeSpan.FromSeconds(30), $"order {orderId} to be {status}", TimeSpan.FromMilliseconds(200));
}
