using System.Net;
using System.Text.Json;
using CampusG.EndToEnd.Tests.Support;

namespace CampusG.EndToEnd.Tests;

/// <summary>
/// What each party of an order reads, over a whole delivery, holds no gateway token and no card detail of anybody
/// (their own card shows only on their own profile), and no message addressed to the other party.
/// </summary>
[Collection(SharedCampus.Name)]
public sealed class PartyViewTests(TestCampus campus)
{
    private static readonly string[] SecretFields = ["gatewayToken", "runnerPayoutToken", "brand", "last4", "cardNumber", "cvc"];

    [Fact]
    public async Task OverAWholeDelivery_NoPartyReadsATokenOrACardDetail()
    {
        var customer = await CampusApi.SignUpAsync(campus.Host.Client);
        var runner = await CampusApi.SignUpAsync(campus.Host.CreateClient(), card: "5555555555554444");
        var orderId = await LifecycleTests.CreatedOrderAsync(customer);
        var seen = new List<(string Who, string Path, JsonElement Body)>();

        await ReadEverythingAsync(customer, runner, orderId, seen);
        await LifecycleTests.ExpectAsync(runner, HttpMethod.Post, $"/v1/orders/{orderId}/accept", HttpStatusCode.OK);
        await LifecycleTests.DeliverAsync(runner, orderId);
        await customer.WaitForStatusAsync(orderId, "COMPLETED");
        await customer.WaitForNotificationAsync("ORDER_COMPLETED", orderId);
        await ReadEverythingAsync(customer, runner, orderId, seen);

        foreach (var (who, path, body) in seen)
        {
            var text = body.GetRawText();
            Assert.False(text.Contains("tok_", StringComparison.Ordinal), $"{who} read a gateway token at {path}: {text}");
            Assert.False(SecretFields.Any(f => text.Contains($"\"{f}\"", StringComparison.Ordinal)), $"{who} read a card field at {path}: {text}");
        }

        var runnerEvents = seen.Where(s => s.Who == "runner" && s.Path.EndsWith("/events", StringComparison.Ordinal)).Last().Body;
        Assert.All(runnerEvents.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("type").GetString()!.StartsWith("notification.", StringComparison.Ordinal)),
            i => Assert.Equal(runner.UserId, i.GetProperty("payload").GetProperty("userId").GetGuid()));
    }

    private static async Task ReadEverythingAsync(CampusApi customer, CampusApi runner, Guid orderId, List<(string, string, JsonElement)> seen)
    {
        foreach (var (who, user, other) in new[] { ("customer", customer, runner), ("runner", runner, customer) })
        {
            foreach (var path in new[]
            {
                $"/v1/orders/{orderId}", $"/v1/orders/{orderId}/events", $"/v1/orders/{orderId}/payment", "/v1/notifications?limit=100",
                $"/v1/users/{other.UserId}", "/v1/orders?role=customer", "/v1/orders?role=runner", "/v1/orders/available",
            })
            {
                using var response = await user.SendAsync(HttpMethod.Get, path);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    seen.Add((who, path, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone()));
                }
            }
        }
    }
}
