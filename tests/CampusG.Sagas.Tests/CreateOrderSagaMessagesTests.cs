using CampusG.Testing;
using CampusG.Escrow.Contracts;
using CampusG.Payments.Contracts;
using CampusG.Sagas.Domain;
using CampusG.Users.Contracts;

namespace CampusG.Sagas.Tests;

/// <summary>The Create Order saga on the real bus: the probe plays every participant.</summary>
public sealed class CreateOrderSagaMessagesTests
{
    [Fact]
    public async Task HappyPath_CompletesAfterTheExactCommandSequence()
    {
        await using var t = await SagaTestHost.StartAsync();
        await t.CompleteCreateOrderAsync();
        var saga = (await t.FindAsync())!;

        Assert.Equal(
            ["user.retrievePaymentInfo", "payment.authorize", "escrow.holdFunds", "order.markCreated", "timer.start", "notification.send"],
            t.SentTypes());
        Assert.Equal(10.50m, (await t.CommandsAsync<AuthorizePayment>())[0].Amount);
        Assert.Null(saga.StepDeadline);
        Assert.Equal(7, saga.Version);
        Assert.Equal(
            ["order.created", "user.paymentInfoRetrieved", "payment.authorized", "escrow.fundsHeld", "order.updated", "timer.started", "notification.sent"],
            (await t.StepsAsync()).Select(s => s.Message));
    }

    [Fact]
    public async Task ADuplicateReply_ChangesNothing()
    {
        await using var t = await SagaTestHost.StartAsync();
        await t.SendAsync(t.Flow.Created);
        await t.ReplyAsync<RetrievePaymentInfo, PaymentInfoRetrieved>(t.Flow.PaymentInfo);
        await t.CommandsAsync<AuthorizePayment>();
        var before = await t.FindAsync();

        await t.SendAsync(t.Flow.PaymentInfo);
        await t.SendAsync(t.Flow.Created);
        await Eventually.TrueAsync(async () => (await t.StepsAsync()).Count(s => s.Outcome.StartsWith("ignored", StringComparison.Ordinal)) == 2);
        var steps = await t.StepsAsync();

        var after = await t.FindAsync();
        Assert.Equal(before!.Version, after!.Version);
        Assert.Equal(before.Data, after.Data);
        Assert.Equal(["user.retrievePaymentInfo", "payment.authorize"], t.SentTypes());
        Assert.Contains(steps, s => s.Message == "user.paymentInfoRetrieved" && s.Outcome == "ignored: not applicable in state RUNNING at step AuthorizePayment");
        Assert.Contains(steps, s => s.Message == "order.created" && s.Outcome.StartsWith("ignored", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheGatewayToken_IsStoredOnlyWhileTheAuthorizationWaits()
    {
        await using var t = await SagaTestHost.StartAsync();
        await t.SendAsync(t.Flow.Created);
        await t.ReplyAsync<RetrievePaymentInfo, PaymentInfoRetrieved>(t.Flow.PaymentInfo);
        await t.CommandsAsync<AuthorizePayment>();
        var waiting = (await t.FindAsync())!.Data;

        await t.ReplyAsync<AuthorizePayment, PaymentAuthorized>(t.Flow.Authorized);
        await t.CommandsAsync<HoldFunds>();

        Assert.Contains("tok_visa", waiting, StringComparison.Ordinal);
        Assert.DoesNotContain("tok_visa", (await t.FindAsync())!.Data, StringComparison.Ordinal);
    }
}
