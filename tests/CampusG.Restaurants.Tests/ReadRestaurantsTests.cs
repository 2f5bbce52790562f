using System.Net;
using CampusG.Testing;
using static CampusG.Restaurants.Tests.RestaurantsApi;

namespace CampusG.Restaurants.Tests;

/// <summary><c>GET /v1/restaurants/{id}</c> and the list: anyone signed in reads them, by name, a page at a time.</summary>
public sealed class ReadRestaurantsTests(RestaurantsHostFixture fixture) : IClassFixture<RestaurantsHostFixture>
{
    private readonly Guid _reader = Guid.NewGuid();

    [Fact]
    public async Task Get_ShowsTheMenuInTheOrderItemsWereAdded()
    {
        var ownerId = Guid.NewGuid();
        var restaurant = await fixture.Api.OpenRestaurantAsync(ownerId);
        var rice = await fixture.Api.AddMenuItemAsync(ownerId, restaurant.RestaurantId, Item("Chicken rice", 4.50m, 20));
        var tea = await fixture.Api.AddMenuItemAsync(ownerId, restaurant.RestaurantId, Item("Teh peng", 1.80m));

        var read = await fixture.Api.GetRestaurantAsync(_reader, restaurant.RestaurantId);

        Assert.Equal([rice.ItemId, tea.ItemId], read.Items.Select(i => i.ItemId));
        Assert.Equal(rice, read.Items[0]);
        Assert.Equal(tea, read.Items[1]);
    }

    [Fact]
    public async Task Get_UnknownRestaurant_Is404()
    {
        using var response = await fixture.Api.SendAsync(HttpMethod.Get, $"/v1/restaurants/{Guid.NewGuid()}", _reader);

        await ErrorAssert.SingleAsync(response, HttpStatusCode.NotFound, "RESTAURANT_NOT_FOUND");
    }

    [Fact]
    public async Task Get_NotAUuid_IsTheUnknownRoute404()
    {
        using var response = await fixture.Api.SendAsync(HttpMethod.Get, "/v1/restaurants/koufu", _reader);

        await ErrorAssert.SingleAsync(response, HttpStatusCode.NotFound, "NOT_FOUND");
    }

    [Fact]
    public async Task List_PagesThroughNamesInAnyCaseOrder_WithMenus()
    {
        var tag = Tag();
        var ownerId = Guid.NewGuid();
        foreach (var name in new[] { $"delta {tag}", $"Alpha {tag}", $"charlie {tag}", $"Bravo {tag}", $"echo {tag}" })
        {
            await fixture.Api.OpenRestaurantAsync(ownerId, Json(new { name, location = "B1" }));
        }

        var first = await fixture.Api.ListAsync(_reader, $"?q={tag}&limit=2");
        var second = await fixture.Api.ListAsync(_reader, $"?q={tag}&limit=2&cursor={first.NextCursor}");
        var third = await fixture.Api.ListAsync(_reader, $"?q={tag}&limit=2&cursor={second.NextCursor}");

        Assert.Equal(["Alpha", "Bravo"], first.Items.Select(r => r.Name.Split(' ')[0]));
        Assert.Equal(["charlie", "delta"], second.Items.Select(r => r.Name.Split(' ')[0]));
        Assert.Equal(["echo"], third.Items.Select(r => r.Name.Split(' ')[0]));
        Assert.Null(third.NextCursor);
        Assert.All(first.Items, r => Assert.Empty(r.Items));
    }

    [Fact]
    public async Task List_QMatchesAPartOfTheNameInAnyCase_AndOnlyNames()
    {
        var tag = Tag();
        var ownerId = Guid.NewGuid();
        var match = await fixture.Api.OpenRestaurantAsync(ownerId, Json(new { name = $"Mala {tag} Hotpot", location = "B1" }));
        await fixture.Api.OpenRestaurantAsync(ownerId, Json(new { name = "Other", location = $"near {tag}", description = tag }));

        var found = await fixture.Api.ListAsync(_reader, $"?q={tag.ToUpperInvariant()[2..10]}");

        Assert.Equal([match.RestaurantId], found.Items.Select(r => r.RestaurantId));
        Assert.Null(found.NextCursor);
    }

    [Fact]
    public async Task List_QWildcardCharacters_MatchThemselves()
    {
        var tag = Tag();
        var ownerId = Guid.NewGuid();
        var percent = await fixture.Api.OpenRestaurantAsync(ownerId, Json(new { name = $"{tag} 100%_off", location = "B1" }));
        await fixture.Api.OpenRestaurantAsync(ownerId, Json(new { name = $"{tag} 1000 of", location = "B1" }));

        var found = await fixture.Api.ListAsync(_reader, $"?q={Uri.EscapeDataString(tag + " 100%_")}");

        Assert.Equal([percent.RestaurantId], found.Items.Select(r => r.RestaurantId));
    }

    [Fact]
    public async Task List_WithoutQ_IsOrderedByName_DefaultLimit20()
    {
        var ownerId = Guid.NewGuid();
        for (var i = 0; i < 21; i++)
        {
            await fixture.Api.OpenRestaurantAsync(ownerId, Json(new { name = $"Stall {i:00} {Tag()}", location = "B1" }));
        }

        var page = await fixture.Api.ListAsync(_reader, "");

        Assert.Equal(20, page.Items.Count);
        Assert.NotNull(page.NextCursor);
        Assert.Equal(page.Items.Select(r => r.Name.ToLowerInvariant()).Order(StringComparer.Ordinal), page.Items.Select(r => r.Name.ToLowerInvariant()));
    }

    [Fact]
    public async Task List_SameNames_AreAllListedOnceAcrossPages()
    {
        var name = $"Twin {Tag()}";
        var opened = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            opened.Add((await fixture.Api.OpenRestaurantAsync(Guid.NewGuid(), Json(new { name, location = "B1" }))).RestaurantId);
        }

        var seen = new List<Guid>();
        string? cursor = null;
        do
        {
            var page = await fixture.Api.ListAsync(_reader, $"?q={Uri.EscapeDataString(name)}&limit=1" + (cursor is null ? "" : $"&cursor={cursor}"));
            seen.AddRange(page.Items.Select(r => r.RestaurantId));
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        Assert.Equal(opened.Order(), seen.Order());
    }

    [Theory]
    [InlineData("GET", "/orders")]
    [InlineData("POST", "/orders/{0}")]
    [InlineData("POST", "/orders/{0}/ready")]
    public async Task ARestaurantsOrders_AreNoRoutesOfThisModule(string method, string tail)
    {
        var restaurant = await fixture.Api.OpenRestaurantAsync(Guid.NewGuid());

        using var response = await fixture.Api.SendAsync(
            new HttpMethod(method), $"/v1/restaurants/{restaurant.RestaurantId}" + string.Format(null, tail, Guid.NewGuid()), _reader);

        await ErrorAssert.SingleAsync(response, HttpStatusCode.NotFound, "NOT_FOUND");
    }

    [Theory]
    [InlineData("?limit=0", "limit")]
    [InlineData("?limit=101", "limit")]
    [InlineData("?limit=abc", "limit")]
    [InlineData("?limit=-1", "limit")]
    [InlineData("?cursor=not-a-cursor!", "cursor")]
    [InlineData("?cursor=AAAA", "cursor")]
    [InlineData("?cursor=", "cursor")]
    [InlineData("?cursor=AAAAAAAAAAAAAAAAAAAAAAA", "cursor")] // an id, then a name key of one NUL
    [InlineData("?q=a%00b", "q")]
    [InlineData("?q=%1B", "q")]
    public async Task List_WithABadQueryValue_Is400NamingIt(string query, string field)
    {
        using var response = await fixture.Api.SendAsync(HttpMethod.Get, $"/v1/restaurants{query}", _reader);

        await ErrorAssert.HasValidationErrorsAsync(response, field);
    }

    [Fact]
    public async Task List_WithATooLongQ_Is400()
    {
        using var response = await fixture.Api.SendAsync(HttpMethod.Get, $"/v1/restaurants?q={new string('q', 101)}", _reader);

        await ErrorAssert.HasValidationErrorsAsync(response, "q");
    }

    /// <summary>A name part no other test uses, so each test lists only its own restaurants.</summary>
    private static string Tag() => Guid.NewGuid().ToString("N")[..12];
}
