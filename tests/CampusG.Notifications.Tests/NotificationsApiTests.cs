using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CampusG.Notifications.Tests;

/// <summary><c>GET /v1/notifications</c> on a real host.</summary>
public sealed class NotificationsApiTests
{
    [Fact]
    public async Task List_ShowsOnlyTheCallersOwn_NewestFirst()
    {
        await using var host = await NotificationsHost.StartAsync();
        var alice = Guid.NewGuid();
        var older = NotificationsHost.NewSend(alice, "first");
        var newer = NotificationsHost.NewSend(alice, "second");
        await host.SendAndWaitAsync(older);
        await host.SendAndWaitAsync(NotificationsHost.NewSend(Guid.NewGuid(), "for bob"));
        await host.SendAndWaitAsync(newer);
        using var client = host.ClientFor(alice);

        var items = await ItemsAsync(await client.GetAsync(new Uri("/v1/notifications", UriKind.Relative)));

        Assert.Equal([newer.NotificationId, older.NotificationId], items.Select(i => i.GetProperty("notificationId").GetGuid()));
        Assert.Equal(newer.OrderId, items[0].GetProperty("orderId").GetGuid());
        Assert.Equal("ORDER_ACCEPTED", items[0].GetProperty("template").GetString());
        Assert.Equal("second", items[0].GetProperty("message").GetString());
        Assert.Equal("SENT", items[0].GetProperty("status").GetString());
        Assert.True(items[0].GetProperty("sentAt").GetDateTimeOffset() >= items[0].GetProperty("createdAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task List_TakesAtMostTheLimit()
    {
        await using var host = await NotificationsHost.StartAsync();
        var alice = Guid.NewGuid();
        await host.SendAndWaitAsync(NotificationsHost.NewSend(alice, "first"));
        await host.SendAndWaitAsync(NotificationsHost.NewSend(alice, "second"));
        using var client = host.ClientFor(alice);

        var items = await ItemsAsync(await client.GetAsync(new Uri("/v1/notifications?limit=1", UriKind.Relative)));

        Assert.Equal("second", Assert.Single(items).GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("101")]
    [InlineData("many")]
    public async Task List_WithALimitOutOfRange_IsAValidationError(string limit)
    {
        await using var host = await NotificationsHost.StartAsync();
        using var client = host.ClientFor(Guid.NewGuid());

        using var response = await client.GetAsync(new Uri($"/v1/notifications?limit={limit}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("VALIDATION_FAILED", await ErrorCodeAsync(response));
    }

    [Theory]
    [InlineData("/v1/notifications")]
    [InlineData("/v1/notifications/stream")]
    public async Task WithoutAToken_IsUnauthenticated(string path)
    {
        await using var host = await NotificationsHost.StartAsync();

        using var response = await host.Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("UNAUTHENTICATED", await ErrorCodeAsync(response));
    }

    private static async Task<List<JsonElement>> ItemsAsync(HttpResponseMessage response)
    {
        using (response)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            return [.. body.GetProperty("items").EnumerateArray()];
        }
    }

    private static async Task<string?> ErrorCodeAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("errors")[0].GetProperty("code").GetString();
    }
}
