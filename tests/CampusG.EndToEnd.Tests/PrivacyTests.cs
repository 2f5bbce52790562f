using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CampusG.EndToEnd.Tests.Support;

namespace CampusG.EndToEnd.Tests;

[Collection(SharedCampus.Name)]
public sealed class PrivacyTests(TestCampus campus)
{
    [Fact]
    public async Task AnOperator_ReadsAnyOrdersEventLog_AndNobodyElseDoes()
    {
        var owner = await CampusApi.SignUpAsync(campus.Host.Client);
        var stranger = await CampusApi.SignUpAsync(campus.Host.CreateClient());
        var ops = await CampusApi.OperatorAsync(campus.Host.CreateClient());
        var orderId = (await owner.PlaceOrderAsync()).GetProperty("orderId").GetGuid();
        var path = $"/v1/admin/orders/{orderId}/events";

        var events = await ops.WaitForJsonAsync(path, e => CreateOrderTests.Types(e).Contains("order.created"));
        Assert.Equal(CreateOrderTests.Types(await owner.GetJsonAsync($"/v1/orders/{orderId}/events")).Take(1), CreateOrderTests.Types(events).Take(1));
        using (var forbidden = await stranger.SendAsync(HttpMethod.Get, path))
        {
            Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        }

        using var unknown = await ops.SendAsync(HttpMethod.Get, $"/v1/admin/orders/{Guid.NewGuid()}/events");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("ORDER_NOT_FOUND", (await unknown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")[0].GetProperty("code").GetString());
    }
}
