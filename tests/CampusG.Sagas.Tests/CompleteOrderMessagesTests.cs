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
    public async Task Delivered_PaysTheRunnerCompletesTheOrderAndAsksForReviews()
    {
        await using var t = await SagaTestHost.StartAsync();
        var flow = t.Lifecycle;

        await t.SendAsync(flow.Status(OrderStatuses.Delivered));
        await t.SendAsync(flow.Delivered());
        await PayOutAsync(t, flow);
        await t.ReplyAsync<CompleteOrder, OrderCompleted>(flow.Completed);
        await ConfirmFinalNotificationsAsync(t, flow);
        await t.WaitForStateAsync(SagaStates.Completed, CompleteOrderSaga.Type);

        Assert.Equal(
            ["notification.send", "user.retrievePaymentInfo", "payment.release", "escrow.releaseFunds", "order.complete",
                "notification.send", "notification.send", "notification.send"],
            t.SentTypes());
        Assert.Equal(new ReleasePayment(flow.OrderId, flow.RunnerId, "tok_payout"), (await t.CommandsAsync<ReleasePayment>())[0]);
        Assert.DoesNotContain("tok_payout", (await t.FindAsync(CompleteOrderSaga.Type))!.Data, StringComparison.Ordinal);
        Assert.Equal(new RetrievePaymentInfo(flow.OrderId, flow.RunnerId, PaymentInfoRoles.Runner), (await t.CommandsAsync<RetrievePaymentInfo>())[0]);
        Assert.Equal(
            [NotificationTemplates.OrderDelivered, NotificationTemplates.OrderCompleted, NotificationTemplates.ReviewRequested, NotificationTemplates.ReviewRequested],
            (await t.CommandsAsync<SendNotification>()).Select(n => n.Template));
    }

    [Fact]
    public async Task AFailedPayout_ParksAsPayoutPending_UntilAnAdminRetries()
    {
        await using var t = await SagaTestHost.StartAsync();
        var flow = t.Lifecycle;
        await t.SendAsync(flow.Status(OrderStatuses.Delivered));
        await t.SendAsync(flow.Delivered());
        await t.ReplyAsync<RetrievePaymentInfo, PaymentInfoRetrieved>(flow.RunnerPaymentInfo);
        await t.ReplyAsync<ReleasePayment, PaymentReleaseFailed>(flow.PaymentReleaseFailed);
        var parked = await t.WaitForStateAsync(SagaStates.PayoutPending, CompleteOrderSaga.Type);

        using var listed = await SendAsync(t, HttpMethod.Get, "/v1/admin/sagas?state=PAYOUT_PENDING");
        using var retry = await SendAsync(t, HttpMethod.Post, $"/v1/admin/sagas/{parked.Id}/retry");
        await t.ReplyAsync<RetrievePaymentInfo, PaymentInfoRetrieved>(flow.RunnerPaymentInfo with { GatewayToken = "tok_new_card" }, count: 2);
        var releases = await t.CommandsAsync<ReleasePayment>(2);
        using var notParked = await SendAsync(t, HttpMethod.Post, $"/v1/admin/sagas/{parked.Id}/retry");
        using var unknown = await SendAsync(t, HttpMethod.Post, $"/v1/admin/sagas/{Guid.NewGuid()}/retry");
        await t.SendAsync(flow.PaymentReleased);
        await t.ReplyAsync<ReleaseFunds, FundsReleased>(flow.FundsReleased);
        await t.ReplyAsync<CompleteOrder, OrderCompleted>(flow.Completed);
        await ConfirmFinalNotificationsAsync(t, flow);
        await t.WaitForStateAsync(SagaStates.Completed, CompleteOrderSaga.Type);

        var item = Assert.Single((await listed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray());
        Assert.Equal(parked.Id, item.GetProperty("sagaId").GetGuid());
        Assert.Equal("ReleasePayment", item.GetProperty("currentStep").GetString());
        Assert.Equal(HttpStatusCode.Accepted, retry.StatusCode);
        Assert.Equal(SagaStates.Running, (await retry.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.Conflict, notParked.StatusCode);
        Assert.Equal("SAGA_NOT_RETRYABLE", (await notParked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains(await t.StepsAsync(CompleteOrderSaga.Type), s => s.Message == "saga.retry" && s.Outcome == "retried by an operator: sent user.retrievePaymentInfo");
        Assert.Equal([(0, "tok_payout"), (1, "tok_new_card")], releases.Select(r => (r.Round, r.RunnerPayoutToken)));
    }

    private static async Task PayOutAsync(SagaTestHost t, LifecycleFlow flow)
    {
        await t.ReplyAsync<RetrievePaymentInfo, PaymentInfoRetrieved>(flow.RunnerPaymentInfo);
        await t.ReplyAsync<ReleasePayment, PaymentReleased>(flow.PaymentReleased);
        await t.ReplyAsync<ReleaseFunds, FundsReleased>(flow.FundsReleased);
    }

    private static async Task ConfirmFinalNotificationsAsync(SagaTestHost t, LifecycleFlow flow)
    {
        foreach (var n in (await t.CommandsAsync<SendNotification>(4)).Skip(1))
        {
            await t.SendAsync(flow.Sent(n.NotificationId, n.Template));
        }
    }

    private static async Task<HttpResponseMessage> SendAsync(SagaTestHost t, HttpMethod method, string path)
    {
        var token = t.Host.TokenFor(Guid.NewGuid(), isAdmin: true);
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await t.Host.Client.SendAsync(request);
    }
}
