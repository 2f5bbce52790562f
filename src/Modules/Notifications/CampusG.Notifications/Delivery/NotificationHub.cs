using System.Threading.Channels;
using CampusG.Notifications.Features;

namespace CampusG.Notifications.Delivery;

/// <summary>
/// The in-memory fan-out behind <c>GET /v1/notifications/stream</c>: each open stream subscribes
/// for its user and receives that user's notifications as they are delivered. A stream that
/// falls far behind loses its oldest unread items rather than holding memory.
/// </summary>
internal sealed class NotificationHub
{
    private const int StreamCapacity = 100;

    private readonly Lock _lock = new();
    private readonly Dictionary<Guid, List<Channel<NotificationItem>>> _streams = [];

    /// <summary>A new stream for the user, or null when they already have <paramref name="limit"/> open.</summary>
    public Subscription? TrySubscribe(Guid userId, int limit)
    {
        lock (_lock)
        {
            if (!_streams.TryGetValue(userId, out var list))
            {
                _streams[userId] = list = [];
            }

            if (list.Count >= limit)
            {
                return null;
            }

            var stream = Channel.CreateBounded<NotificationItem>(
                new BoundedChannelOptions(StreamCapacity) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
            list.Add(stream);
            return new Subscription(this, userId, stream);
        }
    }

    public void Publish(Guid userId, NotificationItem item)
    {
        lock (_lock)
        {
            foreach (var stream in _streams.GetValueOrDefault(userId) ?? [])
            {
                stream.Writer.TryWrite(item);
            }
        }
    }

    private void Unsubscribe(Guid userId, Channel<NotificationItem> stream)
    {
        lock (_lock)
        {
            if (_streams.TryGetValue(userId, out var list) && list.Remove(stream) && list.Count == 0)
            {
                _streams.Remove(userId);
            }
        }
    }

    /// <summary>One open stream; disposing it unsubscribes.</summary>
    internal sealed class Subscription(NotificationHub hub, Guid userId, Channel<NotificationItem> stream) : IDisposable
    {
        public ChannelReader<NotificationItem> Reader => stream.Reader;

        public void Dispose() => hub.Unsubscribe(userId, stream);
    }
}
