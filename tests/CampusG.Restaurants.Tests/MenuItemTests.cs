using System.Net;
using CampusG.Testing;
using static CampusG.Restaurants.Tests.RestaurantsApi;

namespace CampusG.Restaurants.Tests;

/// <summary>Adding and changing menu items: owner only, prices exact, stock counted or not.</summary>
public sealed class MenuItemTests(RestaurantsHostFixture fixture) : IClassFixture<RestaurantsHostFixture>
{
    private readonly Guid _ownerId = Guid.NewGuid();

    [Fact]
    public async Task Add_Answers201_AvailableWithTheStockGiven()
    {
        var restaurant = await fixture.Api.OpenRestaurantAsync(_ownerId);

        using var response = await fixture.Api.AddItemAsync(
            _ownerId, restaurant.RestaurantId, Json(new { name = " Chicken rice ", description = "Roasted", price = 4.5m, stock = 20 }));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var item = await ReadAsync<Features.MenuItemResponse>(response);
        Assert.Equal($"/v1/restaurants/{restaurant.RestaurantId}/items/{item.ItemId}", response.Headers.Location?.OriginalString);
        Assert.Equal(new Features.MenuItemResponse(item.ItemId, restaurant.RestaurantId, "Chicken rice", "Roasted", 4.50m, true, 20), item);
        Assert.Contains("\"price\":4.50", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.01, 0)]
    [InlineData(999.99, 100000)]
    public async Task Add_AtTheBounds_Succeeds(double price, int stock)
    {
        var restaurant = await fixture.Api.OpenRestaurantAsync(_ownerId);

        var item = await fixture.Api.AddMenuItemAsync(_ownerId, restaurant.RestaurantId, Item("Edge", (decimal)price, stock));

        Assert.Equal(((decimal)price, stock), (item.Price, item.AvailableCount));
    }

    [Fact]
    public async Task Add_WithoutStock_IsNotCounted()
    {
        var restaurant = await fixture.Api.OpenRestaurantAsync(_ownerId);

        var item = await fixture.Api.AddMenuItemAsync(_ownerId, restaurant.RestaurantId, Item("Teh peng", 1.80m));

        Assert.Null(item.AvailableCount);
        Assert.Null(item.Description);
        Assert.True(item.Available);
    }

    [Theory]
    [InlineData("""{"price":4.5}""", "name")]
    [InlineData("""{"name":" ","price":4.5}""", "name")]
    [InlineData("""{"name":"Rice"}""", "price")]
    [InlineData("""{"name":"Rice","price":0}""", "price")]
    [InlineData("""{"name":"Rice","price":0.00}""", "price")]
    [InlineData("""{"name":"Rice","price":-1}""", "price")]
    [InlineData("""{"name":"Rice","price":1000}""", "price")]
    [InlineData("""{"name":"Rice","price":4.505}""", "price")]
    [InlineData("""{"name":"Rice","price":4.5,"stock":-1}""", "stock")]
    [InlineData("""{"name":"Rice","price":4.5,"stock":100001}""", "stock")]
    [InlineData("""{"name":"Rice","price":4.5,"stock":99999999999}""", "stock")]
    [InlineData("""{"name":"Ri\u001bce","price":4.5}""", "name")]
    [InlineData("""{}""", "name", "price")]
    public async Task Add_WithABadField_Is400NamingIt(string json, params string[] fields)
    {
        var restaurant = await fixture.Api.OpenRestaurantAsync(_ownerId);

        using var response = await fixture.Api.AddItemAsync(_ownerId, restaurant.RestaurantId, json);

        await ErrorAssert.HasValidationErrorsAsync(response, fields);
    }

    [Fact]
    public async Task Add_WithTooLongTexts_Is400NamingEach()
    {
        var restaurant = await fixture.Api.OpenRestaurantAsync(_ownerId);

        using var response = await fixture.Api.AddItemAsync(
            _ownerId, restaurant.RestaurantId, Json(new { name = new string('n', 101), description = new string('d', 501), price = 1m }));

        await ErrorAssert.HasValidationErrorsAsync(response, "name", "description");
    }

    [Theory]
    [InlineData("""{"name":"Rice","price":"4.50"}""")]
    [InlineData("""{"name":"Rice","price":4.5,"stock":1.5}""")]
    [InlineData("""{"name":"Rice","price":4.5,"stock":"3"}""")]
    public async Task Add_WithMistypedNumbers_Is400InvalidJson(string json)
    {
        var restaurant = await fixture.Api.OpenRestaurantAsync(_ownerId);

        using var response = await fixture.Api.AddItemAsync(_ownerId, restaurant.RestaurantId, json);

        await ErrorAssert.HasErrorAsync(response, HttpStatusCode.BadRequest, "INVALID_JSON");
    }

    [Fact]
    public async Task Add_BySomeoneElse_Is403_ByAnAdmin_201()
    {
        var restaurant = await fixture.Api.OpenRestaurantAsync(_ownerId);

        using var stranger = await fixture.Api.AddItemAsync(Guid.NewGuid(), restaurant.RestaurantId, Item());
        using var admin = await fixture.Api.AddItemAsync(Guid.NewGuid(), restaurant.RestaurantId, Item("Admin's rice"), admin: true);

        await ErrorAssert.SingleAsync(stranger, HttpStatusCode.Forbidden, "NOT_RESTAURANT_OWNER");
        Assert.Equal(HttpStatusCode.Created, admin.StatusCode);
        Assert.Equal(["Admin's rice"], (await fixture.Api.GetRestaurantAsync(_ownerId, restaurant.RestaurantId)).Items.Select(i => i.Name));
    }

    [Fact]
    public async Task Add_ToAnUnknownRestaurant_Is404()
    {
        using var response = await fixture.Api.AddItemAsync(_ownerId, Guid.NewGuid(), Item());

        await ErrorAssert.SingleAsync(response, HttpStatusCode.NotFound, "RESTAURANT_NOT_FOUND");
    }

    [Fact]
    public async Task Patch_EachField_ChangesOnlyThatField()
    {
        var restaurant = await fixture.Api.OpenRestaurantAsync(_ownerId);
        var item = await fixture.Api.AddMenuItemAsync(_ownerId, restaurant.RestaurantId, Item("Rice", 4.50m, 5));
        var (rid, iid) = (restaurant.RestaurantId, item.ItemId);

        var named = await fixture.Api.PatchMenuItemAsync(_ownerId, rid, iid, new { name = "Roast rice" });
        var described = await fixture.Api.PatchMenuItemAsync(_ownerId, rid, iid, new { description = "With soup" });
        var priced = await fixture.Api.PatchMenuItemAsync(_ownerId, rid, iid, new { price = 5.2m });
        var withdrawn = await fixture.Api.PatchMenuItemAsync(_ownerId, rid, iid, new { available = false });
        var cleared = await fixture.Api.PatchMenuItemAsync(_ownerId, rid, iid, new { description = (string?)null, available = true });

        Assert.Equal(item with { Name = "Roast rice" }, named);
        Assert.Equal(named with { Description = "With soup" }, described);
        Assert.Equal(described with { Price = 5.20m }, priced);
        Assert.Equal(priced with { Available = false }, withdrawn);
        Assert.Equal(withdrawn with { Description = null, Available = true }, cleared);
        Assert.Equal([cleared], (await fixture.Api.GetRestaurantAsync(_ownerId, rid)).Items);
    }

    [Theory]
    [InlineData("""{"name":null}""", "name")]
    [InlineData("""{"name":""}""", "name")]
    [InlineData("""{"price":null}""", "price")]
    [InlineData("""{"price":0}""", "price")]
    [InlineData("""{"price":1000.00}""", "price")]
    [InlineData("""{"price":1.001}""", "price")]
    [InlineData("""{"available":null}""", "available")]
    [InlineData("""{"name":null,"price":null,"available":null}""", "name", "price", "available")]
    [InlineData("""{"stock":5}""", "stock")]
    [InlineData("""{"price":5,"Stock":null}""", "stock")]
    public async Task Patch_WithABadField_Is400NamingIt(string json, params string[] fields)
    {
        var restaurant = await fixture.Api.OpenRestaurantAsync(_ownerId);
        var item = await fixture.Api.AddMenuItemAsync(_ownerId, restaurant.RestaurantId);

        using var response = await fixture.Api.PatchItemAsync(_ownerId, restaurant.RestaurantId, item.ItemId, json);

        await ErrorAssert.HasValidationErrorsAsync(response, fields);
    }

    [Fact]
    public async Task Patch_UnknownItem_OrAnotherRestaurantsItem_Is404ItemNotFound()
    {
        var restaurant = await fixture.Api.OpenRestaurantAsync(_ownerId);
        var other = await fixture.Api.OpenRestaurantAsync(_ownerId);
        var otherItem = await fixture.Api.AddMenuItemAsync(_ownerId, other.RestaurantId);

        using var unknown = await fixture.Api.PatchItemAsync(_ownerId, restaurant.RestaurantId, Guid.NewGuid(), Json(new { name = "X" }));
        using var elsewhere = await fixture.Api.PatchItemAsync(_ownerId, restaurant.RestaurantId, otherItem.ItemId, Json(new { name = "X" }));

        await ErrorAssert.SingleAsync(unknown, HttpStatusCode.NotFound, "ITEM_NOT_FOUND");
        await ErrorAssert.SingleAsync(elsewhere, HttpStatusCode.NotFound, "ITEM_NOT_FOUND");
    }

    [Fact]
    public async Task Patch_BySomeoneElse_Is403_UnknownRestaurant_404_AdminAllowed()
    {
        var restaurant = await fixture.Api.OpenRestaurantAsync(_ownerId);
        var item = await fixture.Api.AddMenuItemAsync(_ownerId, restaurant.RestaurantId);
        var body = Json(new { available = false });

        using var stranger = await fixture.Api.PatchItemAsync(Guid.NewGuid(), restaurant.RestaurantId, item.ItemId, body);
        using var nowhere = await fixture.Api.PatchItemAsync(_ownerId, Guid.NewGuid(), item.ItemId, body);
        using var admin = await fixture.Api.PatchItemAsync(Guid.NewGuid(), restaurant.RestaurantId, item.ItemId, body, admin: true);

        await ErrorAssert.SingleAsync(stranger, HttpStatusCode.Forbidden, "NOT_RESTAURANT_OWNER");
        await ErrorAssert.SingleAsync(nowhere, HttpStatusCode.NotFound, "RESTAURANT_NOT_FOUND");
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        Assert.False((await ReadAsync<Features.MenuItemResponse>(admin)).Available);
    }
}
