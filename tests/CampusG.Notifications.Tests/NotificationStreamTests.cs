using System.Net;
using System.Text.Json;
using CampusG.Testing;

namespace CampusG.Notifications.Tests;

/// <summary><c>GET /v1/notifications/stream</c> (Server-Sent Events) on a real host.</summary>
public sealed class NotificationStreamTests
{
    [Fact]
    public async Task Stream_PushesTheCallersNewNotification_AsADataLine()
    {
        await using var host = await NotificationsHost.StartAsync();
        var alice = Guid.NewGuid();
        await using var stream = await OpenAsync(host, alice);
        var send = NotificationsHost.NewSend(alice, "Runner on the way");

        await host.Probe().SendAsync(send, send.OrderId.ToString()!);
        var item = await stream.NextDataAsync();

        Assert.Equal(send.NotificationId, item.GetProperty("notificationId").GetGuid());
        Assert.Equal(send.OrderId, item.GetProperty("orderId").GetGuid());
        Assert.Equal("ORDER_ACCEPTED", item.GetProperty("template").GetString());
        Assert.Equal("Runner on the way", item.GetProperty("message").GetString());
        Assert.Equal("SENT", item.GetProperty("status").GetString());
        Assert.NotEqual(JsonValueKind.Null, item.GetProperty("sentAt").ValueKind);
    }

    [Fact]
    public async Task Stream_LeavesOutOtherUsersNotifications()
    {
        await using var host = await NotificationsHost.StartAsync();
        var alice = Guid.NewGuid();
        await using var stream = await OpenAsync(host, alice);

        await host.SendAndWaitAsync(NotificationsHost.NewSend(Guid.NewGuid(), "for bob"));
        var forAlice = NotificationsHost.NewSend(alice, "for alice");
        await host.Probe().SendAsync(forAlice, forAlice.OrderId.ToString()!);

        // Bob's went out first; the first line alice sees is her own.
        Assert.Equal(forAlice.NotificationId, (await stream.NextDataAsync()).GetProperty("notificationId").GetGuid());
    }

    [Fact]
    public async Task Stream_EndsWhenTheHostStops_InsteadOfHoldingUpItsShutdown()
    {
        var host = await NotificationsHost.StartAsync();
        await using var stream = await OpenAsync(host, Guid.NewGuid());

        var stopping = host.DisposeAsync().AsTask();

        await Assert.ThrowsAnyAsync<IOException>(stream.NextDataAsync);
        await stopping.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(stopping.IsCompletedSuccessfully);
    }

    private static async Task<EventStream> OpenAsync(CampusGHost host, Guid userId)
    {
        var client = host.ClientFor(userId);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/v1/notifications/stream", UriKind.Relative));
        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        return new EventStream(client, response, new StreamReader(await response.Content.ReadAsStreamAsync()));
    }

    private sealed class EventStream(HttpClient client, HttpResponseMessage response, StreamReader reader) : IAsyncDisposable
    {
        /// <summary>The JSON of the next <c>data:</c> line, skipping keep-alive comments.</summary>
        public async Task<JsonElement> NextDataAsync()
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            while (await reader.ReadLineAsync(timeout.Token) is { } line)
            {
                if (line.StartsWith("data: ", StringComparison.Ordinal))
                {
                    return JsonDocument.Parse(line["data: ".Length..]).RootElement.Clone();
                }
            }

            throw new EndOfStreamException("The event stream ended.");
        }

        public ValueTask DisposeAsync()
        {
            reader.Dispose();
            response.Dispose();
            client.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
