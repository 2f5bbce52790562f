using CampusG.Restaurants.Domain;
using CampusG.Restaurants.Features;

namespace CampusG.Restaurants.Tests;

/// <summary>The guarded state changes of restaurants and items, and the list cursor, without a host.</summary>
public sealed class DomainTests
{
    private static readonly DateTime Now = new(2026, 12, 5, 10, 0, 0, DateTimeKind.Utc);

    private static readonly RestaurantEdit Nothing = new(null, null, null, false, null, false, null, null);

    [Fact]
    public void ARestaurant_StartsOpenAtVersionOne_WithItsNameKey()
    {
        var restaurant = Restaurant.Open(Guid.NewGuid(), new RestaurantDetails("Mala Ÿ HOTPOT", null, "B1", null, null), Now);

        Assert.Equal(("OPEN", 1L, "mala ÿ hotpot"), (restaurant.Status, restaurant.Version, restaurant.NameKey));
    }

    [Fact]
    public void AnEdit_BumpsTheVersionOnlyWhenSomethingChanges()
    {
        var restaurant = Restaurant.Open(Guid.NewGuid(), new RestaurantDetails("Stall", "Rice", "B1", 1, 2), Now);

        Assert.False(restaurant.Apply(Nothing, Now.AddMinutes(1)));
        Assert.False(restaurant.Apply(Nothing with { Name = "Stall", SetsPosition = true, Lat = 1, Lng = 2 }, Now.AddMinutes(1)));
        Assert.True(restaurant.Apply(Nothing with { SetsDescription = true }, Now.AddMinutes(2)));
        Assert.True(restaurant.Apply(Nothing with { Name = "STALL" }, Now.AddMinutes(3)));

        Assert.Equal((3L, (string?)null, "stall", Now.AddMinutes(3)), (restaurant.Version, restaurant.Description, restaurant.NameKey, restaurant.UpdatedAt));
    }

    [Fact]
    public void OwnerOrAdmin_ManageARestaurant_NoOneElse()
    {
        var ownerId = Guid.NewGuid();
        var restaurant = Restaurant.Open(ownerId, new RestaurantDetails("Stall", null, "B1", null, null), Now);

        Assert.True(restaurant.IsManagedBy(ownerId, isAdmin: false));
        Assert.True(restaurant.IsManagedBy(Guid.NewGuid(), isAdmin: true));
        Assert.False(restaurant.IsManagedBy(Guid.NewGuid(), isAdmin: false));
    }

    [Fact]
    public void AnItem_BumpsItsVersionPerChange_AndTakesOnlyNewerStock()
    {
        var item = MenuItem.Add(Guid.NewGuid(), "Rice", null, 450, 10, Now);

        Assert.False(item.Apply(new MenuItemEdit("Rice", false, null, 450, true), Now));
        Assert.True(item.Apply(new MenuItemEdit(null, false, null, 480, null), Now));
        Assert.True(item.ApplyStock(8, 2));
        Assert.False(item.ApplyStock(9, 1));
        Assert.False(item.ApplyStock(9, 2));

        Assert.Equal((2L, 480L, 8, 10), (item.Version, item.PriceMinor, item.AvailableCount, item.InitialStock));
    }

    [Theory]
    [InlineData("koufu stall 3")]
    [InlineData("")]
    [InlineData("café ☕ 屋台")]
    public void ACursor_RoundTrips(string nameKey)
    {
        var cursor = new RestaurantCursor(nameKey, Guid.NewGuid());

        Assert.Equal(cursor, RestaurantCursor.TryDecode(cursor.Encode()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not base64!")]
    [InlineData("AAAA")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAP8")] // 16 bytes of id, then a byte that is not UTF-8
    public void AnythingElse_IsNoCursor(string text)
    {
        Assert.Null(RestaurantCursor.TryDecode(text));
    }

    [Fact]
    public void AnOverlongText_IsNoCursor()
    {
        Assert.Null(RestaurantCursor.TryDecode(new string('A', 601)));
    }
}
