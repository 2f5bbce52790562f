using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CampusG.Escrow.Contracts;
using CampusG.Notifications.Contracts;
using CampusG.Orders.Contracts;
using CampusG.Payments.Contracts;
using CampusG.Sagas.Definitions;
using CampusG.Sagas.Domain;
using CampusG.Auth;
using CampusG.Users.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace CampusG.Sagas.Tests;

/// <summary>Status notifications and the Complete Order saga on the real bus, with the admin retry over HTTP.</summary>
public sealed class CompleteOrderMessagesTests
{
    [Fact]
    public async Task EachRunnerStatus_NotifiesTheCustomer_WithoutASaga()
    {
        await using var t = await SagaTestHost.StartAsync();
        var flow = t.Lifecycle;
        string[] statuses = [OrderStatuses.OnSite, OrderStatuses.Purchased, OrderStatuses.Collected, OrderStatuses.OnTheWay];

        foreach (var status in statuses)
        {
            await t.SendAsync(flow.Status(status));
        }

        var sent = await t.CommandsAsync<SendNotification>(4);
        Assert.All(sent, n => Assert.Equal(NotificationTemplates.OrderStatusChanged, n.Template));
        Assert.Equal(statuses.Select(s => StatusNotifications.NotificationId(flow.OrderId, s)).Order(), sent.Select(n => n.NotificationId).Order());
        Assert.Null(await t.FindAsync(CompleteOrderSaga.Type));
    }

    [Fact]
    public async Task Delivered_CapturesReleasesIntoEarningsCompletesTheOrderAndAsksForReviews()
    {
        await using var t = await SagaTestHost.StartAsync();
        var flow = t.Lifecycle;

        await t.SendAsync(flow.Status(OrderStatuses.Delivered));
        await t.SendAsync(flow.Delivered());
        await t.ReplyAsync<CapturePayment, PaymentCaptured>(flow.Captured);
        await t.ReplyAsync<ReleaseFunds, FundsReleased>(flow.FundsReleased);
        await t.ReplyAsync<CompleteOrder, OrderCompleted>(flow.Completed);
        foreach (var n in (await t.CommandsAsync<SendNotification>(5)).Skip(1))
        {
            await t.SendAsync(flow.Sent(n.NotificationId, n.Template));
        }

        await t.WaitForStateAsync(SagaStates.Completed, CompleteOrderSaga.Type);

        Assert.Equal(
            ["notification.send", "payment.capture", "escrow.releaseFunds", "order.complete",
                "notification.send", "notification.send", "notification.send", "notification.send"],
            t.SentTypes());
        Assert.Equal(
            [NotificationTemplates.OrderDelivered, NotificationTemplates.OrderCompleted, NotificationTemplates.ReviewRequested,
                NotificationTemplates.ReviewRequested, NotificationTemplates.EarningsReleased],
            (await t.CommandsAsync<SendNotification>()).Select(n => n.Template));
    }

    [Fact]
    public async Task TheRetryRouteForParkedPayouts_IsGone()
    {
        await using var t = await SagaTestHost.StartAsync();

        using var retry = await SendAsync(t, HttpMethod.Post, $"/v1/admin/sagas/{Guid.NewGuid()}/retry");

        Assert.Equal(HttpStatusCode.NotFound, retry.StatusCode);
    }

    private static async Task<HttpResponseMessage> SendAsync(SagaTestHost t, HttpMethod method, string path)
    {
        var token = t.Host.TokenFor(Guid.NewGuid(), isAdmin: true);
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await t.Host.Client.SendAsync(request);
    }
}
