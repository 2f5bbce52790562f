using CampusG.Escrow.Contracts;
using CampusG.Messaging;
using CampusG.Messaging.Serialization;
using CampusG.Notifications.Contracts;
using CampusG.Orders.Contracts;
using CampusG.Payments.Contracts;
using CampusG.Sagas.Definitions;
using CampusG.Sagas.Domain;
using CampusG.Sagas.Persistence;
using CampusG.Testing;
using CampusG.Timers.Contracts;
using CampusG.Users.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CampusG.Sagas.Tests;

/// <summary>
/// A real host running only the Sagas module, with a <see cref="MessageProbe"/> playing every participant:
/// it sees the saga's commands and sends the replies for one order (<see cref="Flow"/>).
/// </summary>
internal sealed class SagaTestHost : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private SagaTestHost(CampusGHost host)
    {
        Host = host;
        Probe = host.Services.GetRequiredService<MessageProbe>();
        Lifecycle = new LifecycleFlow(Flow.OrderId, Flow.CustomerId);
    }

    public CampusGHost Host { get; }

    public MessageProbe Probe { get; }

    public CreateOrderFlow Flow { get; } = new();

    /// <summary>The same order after creation: accept, deliver, complete, cancel.</summary>
    public LifecycleFlow Lifecycle { get; }

    private string OrderKey => Flow.OrderId.ToString();

    public static async Task<SagaTestHost> StartAsync(params (string Key, string Value)[] settings)
    {
        var options = new CampusGHostOptions { ConfigureServices = b => b.AddMessageProbe() };
        options.Configuration["CampusG:Modules"] = "Sagas";
        foreach (var (key, value) in settings)
        {
            options.Configuration[key] = value;
        }

        return new SagaTestHost(await CampusGHost.StartAsync(options));
    }

    public Task SendAsync<TMessage>(TMessage message)
        where TMessage : class => Probe.SendAsync(message, OrderKey);

    /// <summary>Waits until the saga has sent <typeparamref name="TCommand"/> (the <paramref name="count"/>th time) for this order, then sends <paramref name="reply"/>.</summary>
    public async Task ReplyAsync<TCommand, TReply>(TReply reply, int count = 1)
        where TCommand : class
        where TReply : class
    {
        await CommandsAsync<TCommand>(count);
        await SendAsync(reply);
    }

    /// <summary>Waits until the saga has sent at least <paramref name="count"/> <typeparamref name="TCommand"/>s for this order.</summary>
    public async Task<IReadOnlyList<TCommand>> CommandsAsync<TCommand>(int count = 1)
        where TCommand : class
    {
        var type = MessageName.Of<TCommand>();
        List<TCommand> sent = [];
        await Eventually.TrueAsync(
            () =>
            {
                sent = [.. SentBySagas().Where(e => e.Type == type).Select(e => (TCommand)EnvelopeSerializer.DeserializePayload(e.Payload, typeof(TCommand)))];
                return Task.FromResult(sent.Count >= count);
            },
            Patience,
            $"{count} {type}");
        return sent;
    }

    /// <summary>Plays the Create Order saga's happy path to COMPLETED, replying to each command as it appears.</summary>
    public async Task CompleteCreateOrderAsync()
    {
        await SendAsync(Flow.Created);
        await ReplyAsync<RetrievePaymentInfo, PaymentInfoRetrieved>(Flow.PaymentInfo);
        await ReplyAsync<AuthorizePayment, PaymentAuthorized>(Flow.Authorized);
        await ReplyAsync<HoldFunds, FundsHeld>(Flow.Held);
        await ReplyAsync<MarkOrderCreated, OrderUpdated>(Flow.MarkedCreated);
        await ReplyAsync<StartTimer, TimerStarted>(Flow.TimerStarted);
        await ReplyAsync<SendNotification, NotificationSent>(Flow.CreatedNotificationSent);
        await WaitForStateAsync(SagaStates.Completed);
    }

    /// <summary>The wire types of everything the saga sent about this order, in order.</summary>
    public IReadOnlyList<string> SentTypes() => [.. SentBySagas().Select(e => e.Type)];

    public async Task<SagaInstance> WaitForStateAsync(string state, string? type = null)
    {
        SagaInstance? saga = null;
        await Eventually.TrueAsync(async () => (saga = await FindAsync(type)) is not null && saga.State == state, Patience, $"{type} saga in state {state}");
        return saga!;
    }

    /// <summary>Waits until this order's saga of <paramref name="type"/> exists and satisfies <paramref name="done"/>.</summary>
    public async Task<SagaInstance> WaitForSagaAsync(Func<SagaInstance, bool> done, string what, string? type = null)
    {
        SagaInstance? saga = null;
        await Eventually.TrueAsync(async () => (saga = await FindAsync(type)) is not null && done(saga), Patience, what);
        return saga!;
    }

    /// <summary>Waits until the step log has an entry whose outcome contains <paramref name="outcome"/>; returns the whole log.</summary>
    public async Task<List<SagaStepLog>> WaitForStepAsync(string outcome, string? type = null)
    {
        List<SagaStepLog> steps = [];
        await Eventually.TrueAsync(async () => (steps = await StepsAsync(type)).Exists(s => s.Outcome.Contains(outcome, StringComparison.Ordinal)), Patience, $"step '{outcome}'");
        return steps;
    }

    /// <summary>This order's saga of <paramref name="type"/> (by default the Create Order saga).</summary>
    public async Task<SagaInstance?> FindAsync(string? type = null)
    {
        type ??= CreateOrderSaga.Type;
        await using var scope = Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SagasDbContext>().Sagas.AsNoTracking()
            .SingleOrDefaultAsync(s => s.Type == type && s.CorrelationId == OrderKey);
    }

    public async Task<List<SagaStepLog>> StepsAsync(string? type = null)
    {
        var saga = await FindAsync(type);
        await using var scope = Host.Services.CreateAsyncScope();
        return saga is null
            ? []
            : await scope.ServiceProvider.GetRequiredService<SagasDbContext>().StepLogs.AsNoTracking()
                .Where(l => l.SagaId == saga.Id).OrderBy(l => l.Id).ToListAsync();
    }

    public ValueTask DisposeAsync() => Host.DisposeAsync();

    private IEnumerable<Envelope> SentBySagas() => Probe.Seen.Where(e => e.Source == "sagas" && e.CorrelationId == OrderKey);
}
