using CampusG.Orders.Features;

namespace CampusG.Orders.Tests;

public sealed class OrderCursorTests
{
    [Fact]
    public void Cursor_RoundTrips_AsUrlSafeText()
    {
        var cursor = new OrderCursor(new DateTime(2026, 11, 23, 12, 0, 0, 123, DateTimeKind.Utc).AddTicks(4567), Guid.CreateVersion7());

        var text = cursor.Encode();

        Assert.Matches("^[A-Za-z0-9_-]+$", text);
        Assert.Equal(cursor, OrderCursor.TryDecode(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a cursor")]
    [InlineData("AAAA")]
    [InlineData("____________________________________")]
    public void Garbage_IsNotACursor(string text) => Assert.Null(OrderCursor.TryDecode(text));

    [Fact]
    public void EqualRequests_HashTheSame_AndOtherRequestsDiffer()
    {
        var a = new NewOrder("noodles", 850, 200, "SCIS 1");

        Assert.Equal(a.Hash(), new NewOrder("noodles", 850, 200, "SCIS 1").Hash());
        Assert.NotEqual(a.Hash(), new NewOrder("noodles", 851, 200, "SCIS 1").Hash());
        Assert.NotEqual(a.Hash(), new NewOrder("noodles", 850, 200, "SCIS 2").Hash());
    }
}
