using System.Net;
using CampusG.Inventory.Contracts;
using CampusG.Inventory.Features;
using CampusG.Inventory.Persistence;
using CampusG.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CampusG.Inventory.Tests;

/// <summary><c>POST /v1/products/{itemId}/adjust</c>: who may, and what the stock may become.</summary>
public sealed class AdjustStockTests(InventoryHostFixture fixture) : IClassFixture<InventoryHostFixture>
{
    private CampusGHost Host => fixture.Host;

    private InventoryApi Api => fixture.Api;

    [Fact]
    public async Task TheOwner_AddsStock_AndTheChangeIsAnnounced()
    {
        var owner = Guid.NewGuid();
        var item = await Host.AddItemAsync(stock: 5, owner);

        using var response = await Api.AdjustAsync(owner, item.ItemId, 3);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new ItemAvailability(item.ItemId, true, 8), await InventoryApi.ReadAsync<ItemAvailability>(response));
        var changed = await Host.Probe().WaitForAsync<StockChanged>(c => c.ItemId == item.ItemId && c.Version == 2);
        Assert.Equal(8, changed.AvailableCount);
        Assert.Equal(8, await Host.CountAsync(item.ItemId));
    }

    [Fact]
    public async Task AnOperator_TakesStock_DownToZero_AndTheItemIsSoldOut()
    {
        var item = await Host.AddItemAsync(stock: 2);

        using var response = await Api.AdjustAsync(Guid.NewGuid(), item.ItemId, -2, admin: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new ItemAvailability(item.ItemId, false, 0), await InventoryApi.ReadAsync<ItemAvailability>(response));
    }

    [Fact]
    public async Task AStranger_IsForbidden()
    {
        var item = await Host.AddItemAsync(stock: 2);

        using var response = await Api.AdjustAsync(Guid.NewGuid(), item.ItemId, 1);

        await ErrorAssert.SingleAsync(response, HttpStatusCode.Forbidden, StockErrors.NotRestaurantOwner);
        Assert.Equal(2, await Host.CountAsync(item.ItemId));
    }

    [Fact]
    public async Task BelowZero_IsStockNegative_AndChangesNothing()
    {
        var owner = Guid.NewGuid();
        var item = await Host.AddItemAsync(stock: 2, owner);

        using var response = await Api.AdjustAsync(owner, item.ItemId, -3);

        await ErrorAssert.SingleAsync(response, HttpStatusCode.Conflict, StockErrors.StockNegative);
        Assert.Equal(2, await Host.CountAsync(item.ItemId));
        Assert.Single(Host.Changes(item.ItemId));
    }

    [Fact]
    public async Task TheDatabase_RefusesACountBelowZero_WhoeverWrites()
    {
        var item = await Host.AddItemAsync(stock: 1);
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InventoryDbContext>();

        var refused = await Assert.ThrowsAsync<SqliteException>(() =>
            db.Database.ExecuteSqlAsync($"""UPDATE stock_items SET "Count" = "Count" - 2 WHERE "ItemId" = {item.ItemId}"""));

        Assert.Contains("ck_stock_items_count", refused.Message, StringComparison.Ordinal);
        Assert.Equal(1, await Host.CountAsync(item.ItemId));
    }

    [Fact]
    public async Task AnItemWhoseStockIsNotCounted_CannotBeAdjusted()
    {
        var owner = Guid.NewGuid();
        var item = await Host.AddItemAsync(stock: null, owner);

        using var response = await Api.AdjustAsync(owner, item.ItemId, 5);

        await ErrorAssert.SingleAsync(response, HttpStatusCode.Conflict, StockErrors.StockNotCounted);
        Assert.Null(await Host.CountAsync(item.ItemId));
    }

    [Fact]
    public async Task AnUnknownItem_IsNotFound()
    {
        using var response = await Api.AdjustAsync(Guid.NewGuid(), Guid.NewGuid(), 1, admin: true);

        await ErrorAssert.SingleAsync(response, HttpStatusCode.NotFound, StockErrors.ItemNotFound);
    }

    [Theory]
    [InlineData("""{"delta":0}""")]
    [InlineData("""{}""")]
    [InlineData("""{"delta":null}""")]
    [InlineData("""{"delta":100001}""")]
    [InlineData("""{"delta":-100001}""")]
    public async Task ABadDelta_IsAValidationFailure(string body)
    {
        var owner = Guid.NewGuid();
        var item = await Host.AddItemAsync(stock: 1, owner);

        using var response = await Api.AdjustAsync(owner, item.ItemId, body);

        await ErrorAssert.HasValidationErrorsAsync(response, "delta");
    }

    [Theory]
    [InlineData("""{"delta":1.5}""")]
    [InlineData("""{"delta":"3"}""")]
    [InlineData("""{"delta":3000000000}""")]
    [InlineData("""not json""")]
    public async Task ADeltaThatIsNotAWholeNumber_IsInvalidJson(string body)
    {
        using var response = await Api.AdjustAsync(Guid.NewGuid(), Guid.NewGuid(), body);

        await ErrorAssert.SingleAsync(response, HttpStatusCode.BadRequest, "INVALID_JSON");
    }

    [Fact]
    public async Task AboveTheMostAnItemHolds_IsAValidationFailure()
    {
        var owner = Guid.NewGuid();
        var item = await Host.AddItemAsync(stock: 99_999, owner);

        using var response = await Api.AdjustAsync(owner, item.ItemId, 2);

        await ErrorAssert.HasValidationErrorsAsync(response, "delta");
        Assert.Equal(99_999, await Host.CountAsync(item.ItemId));
    }

    [Fact]
    public async Task WithoutABodyOrAToken_TheErrorShapeAnswers()
    {
        using var noBody = await Api.PostAsync(Guid.NewGuid(), $"/v1/products/{Guid.NewGuid()}/adjust", json: null);
        using var anonymous = await Host.Client.PostAsync(new Uri($"/v1/products/{Guid.NewGuid()}/adjust", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.BadRequest, noBody.StatusCode);
        await ErrorAssert.SingleAsync(anonymous, HttpStatusCode.Unauthorized, "UNAUTHENTICATED");
    }
}
