using System.Net;
using System.Text;
using CampusG.Testing;
using static CampusG.Restaurants.Tests.RestaurantsApi;

namespace CampusG.Restaurants.Tests;

/// <summary><c>POST /v1/restaurants</c>: any signed-in user opens one and owns it; every bad field is a validation entry.</summary>
public sealed class OpenRestaurantTests(RestaurantsHostFixture fixture) : IClassFixture<RestaurantsHostFixture>
{
    [Fact]
    public async Task Open_Answers201_OpenWithNoItems_OwnedByTheCaller()
    {
        var ownerId = Guid.NewGuid();
        using var response = await fixture.Api.OpenAsync(
            ownerId, Json(new { name = "  Koufu stall 3 ", description = "Chicken rice", location = "SMU SCIS 1", lat = 1.2973, lng = 103.8494 }));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var restaurant = await ReadAsync<Features.RestaurantResponse>(response);
        Assert.Equal($"/v1/restaurants/{restaurant.RestaurantId}", response.Headers.Location?.OriginalString);
        Assert.Equal(ownerId, restaurant.OwnerId);
        Assert.Equal(("Koufu stall 3", "Chicken rice", "SMU SCIS 1", "OPEN"), (restaurant.Name, restaurant.Description, restaurant.Location, restaurant.Status));
        Assert.Equal((1.2973, 103.8494), (restaurant.Lat, restaurant.Lng));
        Assert.Empty(restaurant.Items);
        Assert.Equal(DateTimeKind.Utc, restaurant.CreatedAt.Kind);
        Assert.Equal(restaurant.Name, (await fixture.Api.GetRestaurantAsync(Guid.NewGuid(), restaurant.RestaurantId)).Name);
    }

    [Fact]
    public async Task Open_WithoutDescriptionOrPosition_HasNulls()
    {
        var restaurant = await fixture.Api.OpenRestaurantAsync(Guid.NewGuid(), Json(new { name = "Stall", location = "B1", description = "   " }));

        Assert.Null(restaurant.Description);
        Assert.Null(restaurant.Lat);
        Assert.Null(restaurant.Lng);
    }

    [Fact]
    public async Task Open_WithTheLongestValues_Succeeds()
    {
        var restaurant = await fixture.Api.OpenRestaurantAsync(Guid.NewGuid(), Json(new
        {
            name = new string('n', 100), description = new string('d', 500), location = new string('l', 255), lat = -90, lng = 180,
        }));

        Assert.Equal((100, 500, 255), (restaurant.Name.Length, restaurant.Description!.Length, restaurant.Location.Length));
    }

    [Theory]
    [InlineData("""{"location":"B1"}""", "name")]
    [InlineData("""{"name":"   ","location":"B1"}""", "name")]
    [InlineData("""{"name":"","location":"B1"}""", "name")]
    [InlineData("""{"name":"Stall"}""", "location")]
    [InlineData("""{"name":"Stall","location":" "}""", "location")]
    [InlineData("""{"name":"Stall","location":"B1","lat":90.5,"lng":0}""", "lat")]
    [InlineData("""{"name":"Stall","location":"B1","lat":-91,"lng":0}""", "lat")]
    [InlineData("""{"name":"Stall","location":"B1","lat":0,"lng":180.01}""", "lng")]
    [InlineData("""{"name":"Stall","location":"B1","lat":0,"lng":-181}""", "lng")]
    [InlineData("""{"name":"Stall","location":"B1","lat":1e400,"lng":0}""", "lat")]
    [InlineData("""{"name":"Stall","location":"B1","lat":1.5}""", "lng")]
    [InlineData("""{"name":"Stall","location":"B1","lng":103}""", "lat")]
    [InlineData("""{"name":"St\u0001all","location":"B1"}""", "name")]
    [InlineData("""{"name":"Stall","location":"B1","description":"bad\u0007bell"}""", "description")]
    [InlineData("""{}""", "name", "location")]
    public async Task Open_WithABadField_Is400NamingIt(string json, params string[] fields)
    {
        using var response = await fixture.Api.OpenAsync(Guid.NewGuid(), json);

        await ErrorAssert.HasValidationErrorsAsync(response, fields);
    }

    [Fact]
    public async Task Open_WithTooLongTexts_Is400NamingEach()
    {
        using var response = await fixture.Api.OpenAsync(
            Guid.NewGuid(), Json(new { name = new string('n', 101), description = new string('d', 501), location = new string('l', 256) }));

        await ErrorAssert.HasValidationErrorsAsync(response, "name", "description", "location");
    }

    [Theory]
    [InlineData("""{"name":42,"location":"B1"}""")]
    [InlineData("""{"name":"Stall","location":"B1","lat":"1.3","lng":"103.8"}""")]
    [InlineData("""{"name":"Stall",""")]
    public async Task Open_WithMistypedOrBrokenJson_Is400InvalidJson(string json)
    {
        using var response = await fixture.Api.OpenAsync(Guid.NewGuid(), json);

        await ErrorAssert.HasErrorAsync(response, HttpStatusCode.BadRequest, "INVALID_JSON");
    }

    [Fact]
    public async Task EveryRoute_WithoutAToken_Is401()
    {
        using var post = await fixture.Host.Client.PostAsync(new Uri("/v1/restaurants", UriKind.Relative), new StringContent(Restaurant(), Encoding.UTF8, "application/json"));
        using var get = await fixture.Host.Client.GetAsync(new Uri("/v1/restaurants", UriKind.Relative));

        await ErrorAssert.HasErrorAsync(post, HttpStatusCode.Unauthorized, "UNAUTHENTICATED");
        await ErrorAssert.HasErrorAsync(get, HttpStatusCode.Unauthorized, "UNAUTHENTICATED");
    }
}
