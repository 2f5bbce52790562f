using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CampusG.EndToEnd.Tests.Support;

namespace CampusG.EndToEnd.Tests;

[Collection(SharedCampus.Name)]
public sealed class IdempotencyTests(TestCampus campus)
{
    [Fact]
    public async Task SameKeySameBody_ReplaysTheOriginal_AndCreatesNothing()
    {
        var customer = await CampusApi.SignUpAsync(campus.Host.Client);
        var key = Guid.NewGuid().ToString();

        using var first = await customer.SendAsync(HttpMethod.Post, "/v1/orders", CampusApi.Errand(), key);
        using var second = await customer.SendAsync(HttpMethod.Post, "/v1/orders", CampusApi.Errand(), key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal("true", Assert.Single(second.Headers.GetValues("Idempotent-Replayed")));
        Assert.Equal(await OrderIdAsync(first), await OrderIdAsync(second));
        Assert.Single((await customer.GetJsonAsync("/v1/orders?limit=100")).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task SameKeyOtherBody_Returns422()
    {
        var customer = await CampusApi.SignUpAsync(campus.Host.Client);
        var key = Guid.NewGuid().ToString();
        using var first = await customer.SendAsync(HttpMethod.Post, "/v1/orders", CampusApi.Errand(), key);

        using var reused = await customer.SendAsync(HttpMethod.Post, "/v1/orders", CampusApi.Errand(foodFee: 9m), key);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, reused.StatusCode);
        var error = (await reused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")[0];
        Assert.Equal("IDEMPOTENCY_KEY_REUSED", error.GetProperty("code").GetString());
    }

    [Fact]
    public async Task SixteenConcurrentRequestsWithOneKey_CreateOneOrder_WhichRunsOneSaga()
    {
        var customer = await CampusApi.SignUpAsync(campus.Host.Client);
        var key = Guid.NewGuid().ToString();

        var responses = await Task.WhenAll(Enumerable.Range(0, 16)
            .Select(_ => customer.SendAsync(HttpMethod.Post, "/v1/orders", CampusApi.Errand(), key)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var ids = await Task.WhenAll(responses.Select(OrderIdAsync));
        Assert.Single(ids.Distinct());
        var order = await customer.WaitForStatusAsync(ids[0], "CREATED");
        Assert.Single((await customer.GetJsonAsync("/v1/orders?limit=100")).GetProperty("items").EnumerateArray());
        var events = await customer.GetJsonAsync($"/v1/orders/{ids[0]}/events");
        Assert.Single(CreateOrderTests.Types(events), t => t == "order.created");
        Assert.Equal("CREATED", order.GetProperty("status").GetString());
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    private static async Task<Guid> OrderIdAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("orderId").GetGuid();
}
