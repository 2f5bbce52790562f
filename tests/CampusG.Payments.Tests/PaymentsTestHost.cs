using CampusG.PaymentGateway;
using CampusG.Payments.Contracts;
using CampusG.Payments.Domain;
using CampusG.Payments.Persistence;
using CampusG.Testing;
using CampusG.Timers.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CampusG.Payments.Tests;

/// <summary>A host running only Payments and a message probe, with a recording gateway of its own.</summary>
internal sealed class PaymentsTestHost(CampusGHost host, RecordingGateway gateway) : IAsyncDisposable
{
    public const string GoodCard = "4242424242424242";
    public const string DeclinedCard = "4000000000000002";
    public const string InsufficientFundsCard = "4000000000009995";
    public const string TransientCard = "4000000000000119";

    public MessageProbe Probe { get; } = host.Services.GetRequiredService<MessageProbe>();

    public RecordingGateway Gateway { get; } = gateway;

    public static async Task<PaymentsTestHost> StartAsync(string? retrySchedule = null)
    {
        var gateway = new RecordingGateway();
        var options = new CampusGHostOptions
        {
            ConfigureServices = b =>
            {
                b.AddMessageProbe();
                b.Services.Replace(ServiceDescriptor.Singleton<IPaymentGateway>(gateway));
            },
        };
        options.Configuration["CampusG:Modules"] = "Payments";
        if (retrySchedule is not null)
        {
            options.Configuration["Payments:RetrySchedule"] = retrySchedule;
        }

        return new PaymentsTestHost(await CampusGHost.StartAsync(options), gateway);
    }

    public static async Task<AuthorizePayment> AuthorizeCommandAsync(string cardNumber, decimal amount = 10.50m) =>
        new(Guid.NewGuid(), Guid.NewGuid(), amount, "SGD", await TokenAsync(cardNumber));

    /// <summary>A simulated gateway token of the card: for authorizations and for payouts alike.</summary>
    public static async Task<string> TokenAsync(string cardNumber) =>
        (await new SimulatedPaymentGateway().TokenizeAsync(new CardDetails(cardNumber, 12, 2030, "123"), CancellationToken.None)).Token!;

    /// <summary>Authorizes a payment for a new order and waits for the reply.</summary>
    public async Task<(AuthorizePayment Command, PaymentAuthorized Reply)> AuthorizeAsync()
    {
        var authorize = await AuthorizeCommandAsync(GoodCard);
        await SendAsync(authorize, authorize.OrderId);
        return (authorize, await Probe.WaitForAsync<PaymentAuthorized>(a => a.OrderId == authorize.OrderId));
    }

    /// <summary>There is no Timers module in this host: the test plays it, firing each retry timer as it is started.</summary>
    public async Task AnswerRetryTimersAsync(Guid orderId, int count)
    {
        for (var started = 1; started <= count; started++)
        {
            var timer = (await Probe.WaitForCountAsync<StartTimer>(started, t => t.OrderId == orderId))[started - 1];
            await SendAsync(new TimerFired(timer.TimerId, timer.OrderId, timer.Purpose, timer.DueAt, timer.DueAt), orderId);
        }
    }

    public Task SendAsync<TMessage>(TMessage message, Guid orderId)
        where TMessage : class => Probe.SendAsync(message, orderId.ToString());

    public async Task<List<Payment>> PaymentsAsync(Guid orderId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PaymentsDbContext>().Payments.AsNoTracking()
            .Where(p => p.OrderId == orderId).ToListAsync();
    }

    /// <summary>Polls the payment's row until it has <paramref name="status"/>.</summary>
    public async Task<Payment> WaitForStatusAsync(Guid orderId, string status)
    {
        return (await Eventually.UntilAsync(
            async () => (await PaymentsAsync(orderId)).SingleOrDefault(),
            payment => payment?.Status == status,
            what: $"the payment {status}"))!;
    }

    public ValueTask DisposeAsync() => host.DisposeAsync();
}
