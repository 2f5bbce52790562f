using System.Net;
using CampusG.Testing;
using static CampusG.Restaurants.Tests.RestaurantsApi;

namespace CampusG.Restaurants.Tests;

/// <summary><c>PATCH /v1/restaurants/{id}</c>: the owner (or an admin) changes the fields sent, and only those.</summary>
public sealed class UpdateRestaurantTests(RestaurantsHostFixture fixture) : IClassFixture<RestaurantsHostFixture>
{
    private readonly Guid _ownerId = Guid.NewGuid();

    [Fact]
    public async Task Patch_EachField_ChangesOnlyThatField()
    {
        var opened = await OpenAsync();

        var named = await fixture.Api.PatchRestaurantAsync(_ownerId, opened.RestaurantId, new { name = " Koufu 2 " });
        var described = await fixture.Api.PatchRestaurantAsync(_ownerId, opened.RestaurantId, new { description = "Western food" });
        var moved = await fixture.Api.PatchRestaurantAsync(_ownerId, opened.RestaurantId, new { location = "SOE level 2" });
        var placed = await fixture.Api.PatchRestaurantAsync(_ownerId, opened.RestaurantId, new { lat = 1.2966, lng = 103.8502 });

        Assert.Equal(opened with { Name = "Koufu 2" }, named with { Items = opened.Items });
        Assert.Equal(named with { Description = "Western food" }, described with { Items = named.Items });
        Assert.Equal(described with { Location = "SOE level 2" }, moved with { Items = described.Items });
        Assert.Equal(moved with { Lat = 1.2966, Lng = 103.8502 }, placed with { Items = moved.Items });
        Assert.Equal(placed.Name, (await fixture.Api.GetRestaurantAsync(Guid.NewGuid(), opened.RestaurantId)).Name);
    }

    [Fact]
    public async Task Patch_Status_ClosesAndReopens()
    {
        var opened = await OpenAsync();

        var closed = await fixture.Api.PatchRestaurantAsync(_ownerId, opened.RestaurantId, new { status = "CLOSED" });
        var reopened = await fixture.Api.PatchRestaurantAsync(_ownerId, opened.RestaurantId, new { status = "OPEN" });

        Assert.Equal("CLOSED", closed.Status);
        Assert.Equal("OPEN", reopened.Status);
    }

    [Fact]
    public async Task Patch_NullDescriptionAndPosition_ClearThem()
    {
        var opened = await fixture.Api.OpenRestaurantAsync(
            _ownerId, Json(new { name = "Stall", location = "B1", description = "Noodles", lat = 1.3, lng = 103.8 }));

        var cleared = await fixture.Api.PatchAsync(_ownerId, opened.RestaurantId, """{"description":null,"lat":null,"lng":null}""");

        var body = await ReadAsync<Features.RestaurantResponse>(cleared);
        Assert.Equal((null, null, null), (body.Description, body.Lat, body.Lng));
        Assert.Equal(("Stall", "B1"), (body.Name, body.Location));
    }

    [Fact]
    public async Task Patch_EmptyBody_ChangesNothing_AndShowsTheMenu()
    {
        var opened = await OpenAsync();
        var item = await fixture.Api.AddMenuItemAsync(_ownerId, opened.RestaurantId);

        var same = await fixture.Api.PatchRestaurantAsync(_ownerId, opened.RestaurantId, new { });

        Assert.Equal(opened with { Items = same.Items }, same);
        Assert.Equal([item], same.Items);
    }

    [Theory]
    [InlineData("""{"name":null}""", "name")]
    [InlineData("""{"name":" "}""", "name")]
    [InlineData("""{"location":null}""", "location")]
    [InlineData("""{"location":""}""", "location")]
    [InlineData("""{"status":"closed"}""", "status")]
    [InlineData("""{"status":"PAUSED"}""", "status")]
    [InlineData("""{"status":null}""", "status")]
    [InlineData("""{"lat":1.3}""", "lng")]
    [InlineData("""{"lng":103.8}""", "lat")]
    [InlineData("""{"lat":null,"lng":103.8}""", "lat")]
    [InlineData("""{"lat":91,"lng":181}""", "lat", "lng")]
    [InlineData("""{"description":"x\u0000y"}""", "description")]
    public async Task Patch_WithABadField_Is400NamingIt(string json, params string[] fields)
    {
        var opened = await OpenAsync();

        using var response = await fixture.Api.PatchAsync(_ownerId, opened.RestaurantId, json);

        await ErrorAssert.HasValidationErrorsAsync(response, fields);
    }

    [Fact]
    public async Task Patch_WithTooLongTexts_Is400NamingEach()
    {
        var opened = await OpenAsync();

        using var response = await fixture.Api.PatchAsync(
            _ownerId, opened.RestaurantId, Json(new { name = new string('n', 101), description = new string('d', 501), location = new string('l', 256) }));

        await ErrorAssert.HasValidationErrorsAsync(response, "name", "description", "location");
    }

    [Fact]
    public async Task Patch_BySomeoneElse_Is403_AndChangesNothing()
    {
        var opened = await OpenAsync();

        using var response = await fixture.Api.PatchAsync(Guid.NewGuid(), opened.RestaurantId, Json(new { name = "Mine now" }));

        await ErrorAssert.SingleAsync(response, HttpStatusCode.Forbidden, "NOT_RESTAURANT_OWNER");
        Assert.Equal(opened.Name, (await fixture.Api.GetRestaurantAsync(_ownerId, opened.RestaurantId)).Name);
    }

    [Fact]
    public async Task Patch_ByAnAdmin_IsAllowed()
    {
        var opened = await OpenAsync();

        using var response = await fixture.Api.PatchAsync(Guid.NewGuid(), opened.RestaurantId, Json(new { status = "CLOSED" }), admin: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(_ownerId, (await ReadAsync<Features.RestaurantResponse>(response)).OwnerId);
    }

    [Fact]
    public async Task Patch_UnknownRestaurant_Is404()
    {
        using var response = await fixture.Api.PatchAsync(_ownerId, Guid.NewGuid(), Json(new { name = "X" }));

        await ErrorAssert.SingleAsync(response, HttpStatusCode.NotFound, "RESTAURANT_NOT_FOUND");
    }

    [Fact]
    public async Task Patch_BadBodyFromSomeoneElse_IsTheValidation400First()
    {
        var opened = await OpenAsync();

        using var response = await fixture.Api.PatchAsync(Guid.NewGuid(), opened.RestaurantId, Json(new { status = "SHUT" }));

        await ErrorAssert.HasValidationErrorsAsync(response, "status");
    }

    private Task<Features.RestaurantResponse> OpenAsync() => fixture.Api.OpenRestaurantAsync(_ownerId);
}
