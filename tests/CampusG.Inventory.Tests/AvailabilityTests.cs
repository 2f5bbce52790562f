using System.Net;
using System.Text.Json;
using CampusG.Inventory.Contracts;
using CampusG.Inventory.Features;
using CampusG.Testing;

namespace CampusG.Inventory.Tests;

/// <summary>The availability routes, on the embedded host (no cache: every answer comes from the database).</summary>
public sealed class AvailabilityTests(InventoryHostFixture fixture) : IClassFixture<InventoryHostFixture>
{
    private CampusGHost Host => fixture.Host;

    private InventoryApi Api => fixture.Api;

    [Fact]
    public async Task OneItem_IsAvailableWhileMarkedSo_AndNotSoldOut()
    {
        var (counted, uncounted, soldOut, offMenu) = (
            await Host.AddItemAsync(stock: 3), await Host.AddItemAsync(stock: null),
            await Host.AddItemAsync(stock: 0), await Host.AddItemAsync(stock: 3, available: false));

        Assert.Equal(new ItemAvailability(counted.ItemId, true, 3), await Api.AvailabilityAsync(counted.ItemId));
        Assert.Equal(new ItemAvailability(uncounted.ItemId, true, null), await Api.AvailabilityAsync(uncounted.ItemId));
        Assert.Equal(new ItemAvailability(soldOut.ItemId, false, 0), await Api.AvailabilityAsync(soldOut.ItemId));
        Assert.Equal(new ItemAvailability(offMenu.ItemId, false, 3), await Api.AvailabilityAsync(offMenu.ItemId));
    }

    [Fact]
    public async Task OneItem_FollowsReservations()
    {
        var (item, orderId) = (await Host.AddItemAsync(stock: 2), Guid.NewGuid());

        await Host.SendAsync(InventoryHost.Reserve(orderId, (item.ItemId, 2)), orderId);
        await Host.Probe().WaitForAsync<StockReserved>(r => r.OrderId == orderId);

        Assert.Equal(new ItemAvailability(item.ItemId, false, 0), await Api.AvailabilityAsync(item.ItemId));
    }

    [Fact]
    public async Task OneUnknownItem_IsNotFound_AndNotAnIdIsNoRoute()
    {
        using var unknown = await Api.GetAsync(Guid.NewGuid(), $"/v1/products/{Guid.NewGuid()}/availability");
        using var notAnId = await Api.GetAsync(Guid.NewGuid(), "/v1/products/latte/availability");
        using var anonymous = await Host.Client.GetAsync(new Uri($"/v1/products/{Guid.NewGuid()}/availability", UriKind.Relative));

        await ErrorAssert.SingleAsync(unknown, HttpStatusCode.NotFound, StockErrors.ItemNotFound);
        await ErrorAssert.SingleAsync(notAnId, HttpStatusCode.NotFound, "NOT_FOUND");
        await ErrorAssert.SingleAsync(anonymous, HttpStatusCode.Unauthorized, "UNAUTHENTICATED");
    }

    [Fact]
    public async Task Many_AnswersInTheOrderAsked_WithUnknownIdsApart_AndEachIdOnce()
    {
        var (a, b) = (await Host.AddItemAsync(stock: 1), await Host.AddItemAsync(stock: null, available: false));
        var (unknown1, unknown2) = (Guid.NewGuid(), Guid.NewGuid());
        var body = JsonSerializer.Serialize(new { itemIds = new[] { b.ItemId, unknown1, a.ItemId, b.ItemId, unknown2 } });

        using var response = await Api.PostAsync(Guid.NewGuid(), "/v1/products/availability", body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var list = await InventoryApi.ReadAsync<AvailabilityListResponse>(response);
        Assert.Equal([new ItemAvailability(b.ItemId, false, null), new ItemAvailability(a.ItemId, true, 1)], list.Items);
        Assert.Equal([unknown1, unknown2], list.UnknownItemIds);
    }

    [Fact]
    public async Task Many_TakesUpToAHundredIds()
    {
        var ids = Enumerable.Range(0, 100).Select(_ => Guid.NewGuid()).ToArray();

        using var response = await Api.PostAsync(Guid.NewGuid(), "/v1/products/availability", JsonSerializer.Serialize(new { itemIds = ids }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ids, (await InventoryApi.ReadAsync<AvailabilityListResponse>(response)).UnknownItemIds);
    }

    [Theory]
    [InlineData("""{"itemIds":[]}""")]
    [InlineData("""{}""")]
    [InlineData("""{"itemIds":null}""")]
    public async Task Many_WithoutIds_IsAValidationFailure(string body)
    {
        using var response = await Api.PostAsync(Guid.NewGuid(), "/v1/products/availability", body);

        await ErrorAssert.HasValidationErrorsAsync(response, "itemIds");
    }

    [Fact]
    public async Task Many_WithMoreThanAHundredIds_IsAValidationFailure()
    {
        var body = JsonSerializer.Serialize(new { itemIds = Enumerable.Range(0, 101).Select(_ => Guid.NewGuid()) });

        using var response = await Api.PostAsync(Guid.NewGuid(), "/v1/products/availability", body);

        await ErrorAssert.HasValidationErrorsAsync(response, "itemIds");
    }

    [Theory]
    [InlineData("""{"itemIds":["latte"]}""")]
    [InlineData("""{"itemIds":[null]}""")]
    [InlineData("""{"itemIds":"all"}""")]
    public async Task Many_WithSomethingThatIsNotAnId_IsInvalidJson(string body)
    {
        using var response = await Api.PostAsync(Guid.NewGuid(), "/v1/products/availability", body);

        await ErrorAssert.SingleAsync(response, HttpStatusCode.BadRequest, "INVALID_JSON");
    }
}
