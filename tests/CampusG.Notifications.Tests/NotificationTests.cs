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
    public void Hub_RefusesAStreamBeyondTheLimit_UntilOneCloses()
    {
        var hub = new NotificationHub();
        var alice = Guid.NewGuid();
        var open = Enumerable.Range(0, 3).Select(_ => hub.TrySubscribe(alice, 3)).ToList();

        var refused = hub.TrySubscribe(alice, 3);
        using var othersStream = hub.TrySubscribe(Guid.NewGuid(), 3);
        open[0]!.Dispose();
        using var afterClosing = hub.TrySubscribe(alice, 3);

        Assert.All(open, Assert.NotNull);
        Assert.Null(refused);
        Assert.NotNull(othersStream);
        Assert.NotNull(afterClosing);
        open.ForEach(s => s?.Dispose());
    }

    [Fact]
    public void Hub_DeliversOnlyToTheUsersOwnOpenStreams()
    {
        var hub = new NotificationHub();
        var alice = Guid.NewGuid();
        using var aliceStream = hub.TrySubscribe(alice, 5)!;
        using var bobStream = hub.TrySubscribe(Guid.NewGuid(), 5)!;
        var closed = hub.TrySubscribe(alice, 5)!;
        closed.Dispose();

        hub.Publish(alice, Item("for alice"));

        Assert.True(aliceStream.Reader.TryRead(out var received));
        Assert.Equal("for alice", received.Message);
        Assert.False(bobStream.Reader.TryRead(out _));
        Assert.False(closed.Reader.TryRead(out _));
    }

    private static NotificationItem Item(string message) =>
        new(Guid.NewGuid(), null, "ORDER_CREATED", message, NotificationStatuses.Sent, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow, []);
}
