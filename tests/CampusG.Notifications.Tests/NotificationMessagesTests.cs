using CampusG.Notifications.Contracts;
using CampusG.Notifications.Delivery;
using CampusG.Notifications.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace CampusG.Notifications.Tests;

/// <summary>The Notifications module on the real bus, driven through SendNotification.</summary>
public sealed class NotificationMessagesTests
{
    [Fact]
    public async Task SendNotification_IsRecordedAndMarkedSent()
    {
        await using var host = await NotificationsHost.StartAsync();
        var send = NotificationsHost.NewSend(Guid.NewGuid());

        var sent = await host.SendAndWaitAsync(send);

        Assert.Equal(send.UserId, sent.UserId);
        Assert.Equal(send.OrderId, sent.OrderId);
        Assert.Equal(NotificationTemplates.OrderAccepted, sent.Template);
        var record = Assert.Single(await host.RecordsAsync(send.NotificationId));
        Assert.Equal(NotificationStatuses.Sent, record.Status);
        Assert.Equal(sent.SentAt.UtcDateTime, record.SentAt);
    }

    [Fact]
    public async Task RepeatedSend_KeepsOneRecord_AndRepeatsTheReply()
    {
        await using var host = await NotificationsHost.StartAsync();
        var send = NotificationsHost.NewSend(Guid.NewGuid());
        var first = await host.SendAndWaitAsync(send);

        await host.Probe().SendAsync(send with { Message = "changed" }, send.OrderId.ToString()!);
        var replies = await host.Probe().WaitForCountAsync<NotificationSent>(2);

        Assert.All(replies, r => Assert.Equal(first.SentAt, r.SentAt));
        Assert.Single(await host.RecordsAsync(send.NotificationId));
    }

    [Fact]
    public async Task AFailingChannel_LeavesItCreated_UntilALaterPassDelivers()
    {
        var flaky = new FlakyChannel(failures: 2);
        await using var host = await NotificationsHost.StartAsync(b => b.Services.AddSingleton<INotificationChannel>(flaky));
        var send = NotificationsHost.NewSend(Guid.NewGuid());

        await host.SendAndWaitAsync(send);

        Assert.Equal(3, flaky.Attempts);
        Assert.Single(host.Probe().All<NotificationSent>());
        Assert.Equal(NotificationStatuses.Sent, Assert.Single(await host.RecordsAsync(send.NotificationId)).Status);
    }

    private sealed class FlakyChannel(int failures) : INotificationChannel
    {
        private int _attempts;

        public string Name => "flaky";

        public int Attempts => Volatile.Read(ref _attempts);

        public Task DeliverAsync(Notification notification, DateTimeOffset sentAt, CancellationToken cancellationToken) =>
            Interlocked.Increment(ref _attempts) <= failures
                ? throw new HttpRequestException("the SMS gateway is down")
                : Task.CompletedTask;
    }
}
