using CampusG.Notifications.Delivery;
using CampusG.Notifications.Domain;
using CampusG.Notifications.Features;

namespace CampusG.Notifications.Tests;

public sealed class NotificationTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void MarkSent_HappensOnce()
    {
        var notification = Notification.Create(Guid.NewGuid(), Guid.NewGuid(), null, "ORDER_CREATED", "hi", Now);

        Assert.Equal(NotificationStatuses.Created, notification.Status);
        Assert.True(notification.MarkSent(Now.AddSeconds(1)));
        Assert.False(notification.MarkSent(Now.AddSeconds(2)));
        Assert.Equal(NotificationStatuses.Sent, notification.Status);
        Assert.Equal(Now.AddSeconds(1), notification.SentAt);
    }

    [Fact]
    public void Hub_DeliversOnlyToTheUsersOwnOpenStreams()
    {
        var hub = new NotificationHub();
        var alice = Guid.NewGuid();
        using var aliceStream = hub.Subscribe(alice);
        using var bobStream = hub.Subscribe(Guid.NewGuid());
        var closed = hub.Subscribe(alice);
        closed.Dispose();

        hub.Publish(alice, Item("for alice"));

        Assert.True(aliceStream.Reader.TryRead(out var received));
        Assert.Equal("for alice", received.Message);
        Assert.False(bobStream.Reader.TryRead(out _));
        Assert.False(closed.Reader.TryRead(out _));
    }

    private static NotificationItem Item(string message) =>
        new(Guid.NewGuid(), null, "ORDER_CREATED", message, NotificationStatuses.Sent, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow);
}
