using System.Net;
using System.Text.Json;
using CampusG.Notifications.Contracts;
using CampusG.Payments.Contracts;
using CampusG.Testing;
using CampusG.Tracking.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using CampusG.Users.Contracts;

namespace CampusG.Tracking.Tests;

/// <summary>What the stored log keeps of a message, and the view of it each party and an operator reads.</summary>
public sealed class EventLogPrivacyTests(TrackingHostFixture fixture) : IClassFixture<TrackingHostFixture>
{
    private const string Token = "tok_sim_ok_4242_secret";
    private readonly CampusGHost _host = fixture.Host;
    private readonly TestOrder _order = TestOrder.New();
    private readonly Guid _runnerId = Guid.NewGuid();

    [Fact]
    public async Task TheStoredLog_HoldsNoGatewayToken_AndOperatorsSeeEveryMessageWithoutIt()
    {
        await SendLifecycleAsync();
        using var ops = _host.ClientFor(Guid.NewGuid(), isAdmin: true);

        var (status, body) = await ops.GetJsonAsync($"/v1/admin/orders/{_order.OrderId}/events");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.DoesNotContain(Token, await StoredPayloadsAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(Token, body.GetRawText(), StringComparison.Ordinal);
        var authorize = Item(body, "payment.authorize");
        Assert.False(authorize.TryGetProperty("gatewayToken", out _));
        Assert.Equal(_order.PaymentId, Item(body, "payment.authorized").GetProperty("paymentId").GetGuid());
        Assert.Contains(Types(body), t => t == "notification.send");
    }

    [Fact]
    public async Task AParty_ReadsNoInternalField_AndNoMessageAddressedToSomeoneElse()
    {
        await SendLifecycleAsync();
        using var customer = _host.ClientFor(_order.CustomerId);
        using var runner = _host.ClientFor(_runnerId);

        var (_, customerView) = await customer.GetJsonAsync($"/v1/orders/{_order.OrderId}/events");
        var (_, runnerView) = await runner.GetJsonAsync($"/v1/orders/{_order.OrderId}/events");

        Assert.False(Item(customerView, "payment.authorized").TryGetProperty("paymentId", out _));
        Assert.Equal(10.50m, Item(customerView, "payment.authorized").GetProperty("amount").GetDecimal());
        Assert.Contains("user.paymentInfoRetrieved", Types(customerView));
        Assert.DoesNotContain("user.paymentInfoRetrieved", Types(runnerView));
        Assert.DoesNotContain("notification.send", Types(runnerView));
        Assert.Contains("notification.send", Types(customerView));
        Assert.Contains("order.accepted", Types(runnerView));
        Assert.DoesNotContain(Token, customerView.GetRawText() + runnerView.GetRawText(), StringComparison.Ordinal);
    }

    private async Task SendLifecycleAsync()
    {
        await _host.SendEachAsync(
            _order.OrderId,
            _order.Created(),
            new PaymentInfoRetrieved(_order.OrderId, _order.CustomerId, PaymentInfoRoles.Customer, Token),
            new AuthorizePayment(_order.OrderId, _order.CustomerId, 10.50m, "SGD", Token),
            _order.Authorized(),
            _order.Held(),
            _order.MarkedCreated(),
            new SendNotification(Guid.NewGuid(), _order.CustomerId, _order.OrderId, "ORDER_CREATED", "Your order is live."),
            _order.RunnerAccepted(_runnerId));
        await _host.WaitForLoggedAsync(_order.OrderId, 8);
    }

    private async Task<string> StoredPayloadsAsync()
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var correlationId = _order.OrderId.ToString();
        var payloads = await scope.ServiceProvider.GetRequiredService<TrackingDbContext>().EventLog
            .Where(e => e.CorrelationId == correlationId).Select(e => e.Payload).ToListAsync();
        return string.Join("\n", payloads);
    }

    private static IEnumerable<string?> Types(JsonElement body) =>
        body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("type").GetString());

    private static JsonElement Item(JsonElement body, string type) =>
        body.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("type").GetString() == type).GetProperty("payload");
}
