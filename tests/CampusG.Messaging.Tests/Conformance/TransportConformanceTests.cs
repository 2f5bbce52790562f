using CampusG.Testing;
using System.Text;
using CampusG.Messaging;
using CampusG.Messaging.DeadLetters;
using CampusG.Messaging.Outbox;
using CampusG.Messaging.Serialization;
using CampusG.Messaging.Tests.Support;
using CampusG.Messaging.Transport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CampusG.Messaging.Tests.Conformance;

/// <summary>
/// What every transport must do, through the whole pipeline (outbox → relay → transport → inbox).
/// A transport passes by deriving from this class and saying how to register it.
/// </summary>
public abstract class TransportConformanceTests : IDisposable
{
    private readonly TempDirectory _data = new();

    protected abstract void UseTransport(IServiceCollection services);

    /// <summary>Endpoint names unique to one test, for transports whose queues outlive a host.</summary>
    protected virtual string EndpointPrefix => string.Empty;

    protected Task<MessagingHost> StartHostAsync(FaultPlan? plan = null) =>
        MessagingHost.StartAsync(_data.Path, UseTransport, EndpointPrefix, plan);

    [Fact]
    public async Task EveryModuleSubscribedToAType_GetsItsOwnCopy()
    {
        await using var host = await StartHostAsync();

        await host.SendAsync(new Pinged("k1", 1), "order-1");

        await LedgerHasAsync<AlphaDb>(host, 1, "k1");
        await LedgerHasAsync<BetaDb>(host, 1, "k1");
        // alpha's handler sent a Ponged in its own transaction; only beta subscribes to it
        var pongs = await Eventually.UntilAsync(
            async () => (await host.LedgerAsync<BetaDb>()).Count(e => e.Handler == "beta-pong"), n => n == 1, what: "beta's pong");
        Assert.Equal(1, pongs);
    }

    [Fact]
    public async Task MessageCommittedButNeverPublished_IsPublishedAfterRestart()
    {
        await using (var first = await StartHostAsync())
        {
            // the schema exists; now stop, as if the process died right after a commit
        }

        await using (var db = OpenAlphaDb())
        {
            new MessageOutbox<AlphaDb>(db, TimeProvider.System, new TransactionAppends<AlphaDb>(), new OutboxSignal<AlphaDb>()).Send(new Pinged("crash", 1), "order-2");
            await db.SaveChangesAsync();
        }

        await using var restarted = await StartHostAsync();
        await LedgerHasAsync<AlphaDb>(restarted, 1, "crash");
        await LedgerHasAsync<BetaDb>(restarted, 1, "crash");
        await Eventually.UntilAsync(
            async () => (await restarted.OutboxAsync<AlphaDb>()).All(m => m.PublishedAt != null), done => done, what: "outbox marked published");
    }

    [Fact]
    public async Task HostStoppedWhileHandling_MessageIsDeliveredAgainAfterRestart()
    {
        var stuck = new FaultPlan { Gate = new TaskCompletionSource() };
        await using (var first = await StartHostAsync(stuck))
        {
            await first.SendAsync(new Pinged("mid", 1), "order-3");
            await stuck.Entered.Task.WaitAsync(TimeSpan.FromSeconds(15));
        }

        await using var restarted = await StartHostAsync();
        await LedgerHasAsync<AlphaDb>(restarted, 1, "mid");
        await LedgerHasAsync<BetaDb>(restarted, 1, "mid");
    }

    [Fact]
    public async Task DuplicateDelivery_ChangesStateOnce()
    {
        await using var host = await StartHostAsync();
        var message = Envelope(new Pinged("dup", 1), "order-4");

        await host.Transport.PublishAsync([message, message], CancellationToken.None);
        await host.Transport.PublishAsync([message], CancellationToken.None);
        await host.SendAsync(new Pinged("after", 1), "order-4"); // a later message proves the duplicates were consumed

        await LedgerHasAsync<AlphaDb>(host, 1, "after");
        await LedgerHasAsync<BetaDb>(host, 1, "after");
        Assert.Single(await host.LedgerAsync<AlphaDb>(), e => e.Key == "dup");
        Assert.Single(await host.LedgerAsync<BetaDb>(), e => e.Key == "dup" && e.Handler == "beta");
    }

    [Fact]
    public async Task FailingHandler_IsRetriedThenDeadLettered_ThenReplayedSuccessfully()
    {
        await using var host = await StartHostAsync();
        host.Plan.AlwaysFail = true;

        await host.SendAsync(new Pinged("poisoned", 1), "order-5");

        var letter = await SingleDeadLetterAsync(host);
        Assert.Equal(EndpointPrefix + "alpha", letter.Queue);
        Assert.Equal("test.pinged", letter.Type);
        Assert.Equal(3, letter.Attempts);
        Assert.Contains("planned failure for poisoned", letter.Error, StringComparison.Ordinal);
        Assert.Equal(3, host.Plan.Calls("poisoned"));
        await LedgerHasAsync<BetaDb>(host, 1, "poisoned"); // beta's copy was never in trouble
        Assert.DoesNotContain(await host.LedgerAsync<AlphaDb>(), e => e.Key == "poisoned");

        host.Plan.AlwaysFail = false;
        Assert.Equal(ReplayResult.Accepted, await host.DeadLetters.ReplayAsync(letter.Id, CancellationToken.None));

        await LedgerHasAsync<AlphaDb>(host, 1, "poisoned");
        var replayed = await Eventually.UntilAsync(
            () => host.DeadLetters.ListAsync(10, CancellationToken.None), l => l.Single().Status == "Replayed", what: "replayed status");
        Assert.NotNull(replayed.Single().ReplayedAt);
        Assert.Equal(ReplayResult.AlreadyReplayed, await host.DeadLetters.ReplayAsync(letter.Id, CancellationToken.None));
        Assert.Equal(ReplayResult.NotFound, await host.DeadLetters.ReplayAsync(Guid.NewGuid(), CancellationToken.None));
        Assert.Single(await host.LedgerAsync<BetaDb>(), e => e.Key == "poisoned" && e.Handler == "beta");
    }

    [Fact]
    public async Task FailingHandler_ThatRecoversWithinItsAttempts_AppliesOnce()
    {
        await using var host = await StartHostAsync();
        host.Plan.FailuresLeft = 2;

        await host.SendAsync(new Pinged("flaky", 1), "order-6");

        await LedgerHasAsync<AlphaDb>(host, 1, "flaky");
        Assert.Equal(3, host.Plan.Calls("flaky"));
        Assert.Empty(await host.DeadLetters.ListAsync(10, CancellationToken.None));
    }

    [Fact]
    public async Task UnreadableMessages_AreDeadLetteredAtOnce()
    {
        await using var host = await StartHostAsync();
        var garbage = new TransportMessage(Guid.NewGuid(), "test.pinged", "order-7", Encoding.UTF8.GetBytes("{not json"));
        var wrongShape = Envelope(new Pinged("x", 1), "order-7") with
        {
            Body = Encoding.UTF8.GetBytes(
                $$"""{"id":"{{Guid.NewGuid()}}","type":"test.pinged","timestamp":"2026-11-23T10:00:00Z","correlationId":"order-7","payload":"not an object"}"""),
        };

        await host.Transport.PublishAsync([garbage, wrongShape], CancellationToken.None);

        // alpha and beta cannot read either message; gamma takes raw envelopes, so only the garbage fails there
        var letters = await Eventually.UntilAsync(
            () => host.DeadLetters.ListAsync(10, CancellationToken.None), l => l.Count == 5, what: "five dead letters");
        Assert.All(letters, l => Assert.Equal(1, l.Attempts));
        Assert.Equal(
            [EndpointPrefix + "alpha", EndpointPrefix + "alpha", EndpointPrefix + "beta", EndpointPrefix + "beta", EndpointPrefix + "gamma"],
            letters.Select(l => l.Queue).Order());
        Assert.Equal(0, host.Plan.Calls("x"));
    }

    [Fact]
    public async Task MessagesOfOneCorrelationId_AreHandledInOrder()
    {
        await using var host = await StartHostAsync();

        for (var i = 1; i <= 40; i++)
        {
            await host.SendAsync(new Pinged("ordered-a", i), "order-a");
            await host.SendAsync(new Pinged("ordered-b", i), "order-b");
        }

        foreach (var key in new[] { "ordered-a", "ordered-b" })
        {
            var alpha = await LedgerHasAsync<AlphaDb>(host, 40, key);
            var beta = await LedgerHasAsync<BetaDb>(host, 40, key);
            Assert.Equal(Enumerable.Range(1, 40), alpha.Select(e => e.Sequence));
            Assert.Equal(Enumerable.Range(1, 40), beta.Select(e => e.Sequence));
        }
    }

    public void Dispose()
    {
        _data.Dispose();
        GC.SuppressFinalize(this);
    }

    private static TransportMessage Envelope(Pinged payload, string correlationId)
    {
        var row = new OutboxMessage
        {
            MessageId = Guid.NewGuid(),
            Type = MessageName.Of<Pinged>(),
            CorrelationId = correlationId,
            OccurredAt = DateTime.UtcNow,
            Payload = EnvelopeSerializer.SerializePayload(payload),
        };
        return new TransportMessage(row.MessageId, row.Type, row.CorrelationId, EnvelopeSerializer.Write(row));
    }

    private static async Task<List<LedgerEntry>> LedgerHasAsync<TDb>(MessagingHost host, int count, string key)
        where TDb : LedgerDb
    {
        var entries = await Eventually.UntilAsync(
            async () => (await host.LedgerAsync<TDb>()).Where(e => e.Key == key && e.Handler != "beta-pong").ToList(),
            e => e.Count >= count,
            what: $"{count} {typeof(TDb).Name} entries for {key}");
        Assert.True(count == entries.Count, string.Join("; ", entries.Select(e => $"{e.Id} {e.Handler} {e.Key} {e.Sequence} {e.MessageId}")));
        return entries;
    }

    private static async Task<DeadLetterView> SingleDeadLetterAsync(MessagingHost host) =>
        (await Eventually.UntilAsync(
            () => host.DeadLetters.ListAsync(10, CancellationToken.None), l => l.Count > 0, what: "a dead letter")).Single();

    private AlphaDb OpenAlphaDb() => new(new DbContextOptionsBuilder<AlphaDb>()
        .UseSqlite($"Data Source={Path.Combine(_data.Path, "alpha.db")}").Options);
}

public sealed class InProcessTransportConformanceTests : TransportConformanceTests
{
    protected override void UseTransport(IServiceCollection services)
    {
        // the default: AddCampusGMessaging registers the in-process transport
    }
}
