using System.Net.Http.Json;
using CampusG.Testing;
using CampusG.Users.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CampusG.Users.Tests;

/// <summary><c>user.retrievePaymentInfo</c> on the real bus, through a message probe.</summary>
public sealed class PaymentInfoMessagesTests(UsersHostFixture fixture) : IClassFixture<UsersHostFixture>
{
    [Fact]
    public async Task Retrieve_ForAUserWithACard_RepliesWithTheGatewayToken()
    {
        var (userId, client) = await Accounts.NewUserAsync(fixture.Host);
        using var _ = client;
        (await client.PutAsJsonAsync("/v1/users/me/payment-method", Card(DateTime.UtcNow.Year + 1))).EnsureSuccessStatusCode().Dispose();
        var request = new RetrievePaymentInfo(Guid.NewGuid(), userId, PaymentInfoRoles.Runner);

        var reply = await (await SendAsync(fixture.Host, request)).WaitForAsync<PaymentInfoRetrieved>(r => r.OrderId == request.OrderId);

        Assert.Equal((request.OrderId, userId, PaymentInfoRoles.Runner), (reply.OrderId, reply.UserId, reply.Role));
        Assert.StartsWith("tok_sim_ok_4242_", reply.GatewayToken, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retrieve_ForAUserWithoutACard_RepliesMissing()
    {
        var (userId, client) = await Accounts.NewUserAsync(fixture.Host);
        using var _ = client;
        var request = new RetrievePaymentInfo(Guid.NewGuid(), userId, PaymentInfoRoles.Customer);

        var reply = await (await SendAsync(fixture.Host, request)).WaitForAsync<PaymentInfoMissing>(r => r.OrderId == request.OrderId);

        Assert.Equal(new PaymentInfoMissing(request.OrderId, userId, PaymentInfoRoles.Customer), reply);
    }

    [Fact]
    public async Task Retrieve_ForAnUnknownUser_RepliesMissing()
    {
        var request = new RetrievePaymentInfo(Guid.NewGuid(), Guid.NewGuid(), PaymentInfoRoles.Customer);

        var reply = await (await SendAsync(fixture.Host, request)).WaitForAsync<PaymentInfoMissing>(r => r.OrderId == request.OrderId);

        Assert.Equal(request.UserId, reply.UserId);
    }

    [Fact]
    public async Task Retrieve_AfterTheCardExpired_RepliesMissing()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var options = UsersHostFixture.Apply(new CampusGHostOptions { ConfigureServices = b => b.Services.AddSingleton<TimeProvider>(clock) });
        await using var host = await CampusGHost.StartAsync(options);
        var (userId, client) = await Accounts.NewUserAsync(host);
        using var _ = client;
        var expiry = clock.GetUtcNow().AddMonths(1);
        (await client.PutAsJsonAsync("/v1/users/me/payment-method", Card(expiry.Year, expiry.Month))).EnsureSuccessStatusCode().Dispose();

        clock.Advance(TimeSpan.FromDays(62));
        var probe = await SendAsync(host, new RetrievePaymentInfo(Guid.NewGuid(), userId, PaymentInfoRoles.Customer));
        var reply = await probe.WaitForAsync<PaymentInfoMissing>();

        Assert.Equal(userId, reply.UserId);
        Assert.Empty(probe.All<PaymentInfoRetrieved>());
    }

    [Fact]
    public async Task SavingACard_AndEachSignInWithIt_TellEscrowUntilWhenItCanBePaidOut_WithoutTheToken()
    {
        var probe = fixture.Host.Services.GetRequiredService<MessageProbe>();
        var email = Accounts.NewEmail();
        var userId = await Accounts.SignUpAsync(fixture.Host.Client, email);
        using var client = fixture.Host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", await Accounts.TokenAsync(fixture.Host.Client, email));
        var year = DateTime.UtcNow.Year + 1;

        (await client.PutAsJsonAsync("/v1/users/me/payment-method", Card(year, 6))).EnsureSuccessStatusCode().Dispose();
        await probe.WaitForAsync<PaymentMethodSaved>(m => m.UserId == userId);
        await Accounts.TokenAsync(fixture.Host.Client, email);

        var saved = await probe.WaitForCountAsync<PaymentMethodSaved>(2, m => m.UserId == userId);
        Assert.All(saved, m => Assert.Equal(new DateTimeOffset(year, 7, 1, 0, 0, 0, TimeSpan.Zero), m.UsableUntil));
    }

    private static object Card(int year, int month = 12) => new { cardNumber = "4242424242424242", expMonth = month, expYear = year, cvc = "123" };

    private static async Task<MessageProbe> SendAsync(CampusGHost host, RetrievePaymentInfo request)
    {
        var probe = host.Services.GetRequiredService<MessageProbe>();
        await probe.SendAsync(request, request.OrderId.ToString());
        return probe;
    }
}
