using CampusG.Testing;
using System.Text;
using CampusG.Messaging.Endpoints;
using CampusG.Messaging.Outbox;
using CampusG.Messaging.Serialization;
using CampusG.Messaging.Tests.Support;
using CampusG.Messaging.Transport;
using Microsoft.Extensions.DependencyInjection;

namespace CampusG.Messaging.Tests;

/// <summary>Behaviour of the embedded pipeline beyond what every transport must do.</summary>
public sealed class PipelineTests : IDisposable
{
    private readonly TempDirectory _data = new();

    [Fact]
    public async Task Commit_NudgesTheRelay_WithoutWaitingForThePoll()
    {
        // With an hour-long poll, only a commit's nudge can get a message out within the test's timeout.
        await using var host = await MessagingHost.StartAsync(
            _data.Path, settings: new Dictionary<string, string?> { ["Messaging:RelayPollInterval"] = "01:00:00" });
        await host.SendAsync(new Pinged("first", 1), "order-n");
        await Eventually.UntilAsync(async () => (await host.LedgerAsync<AlphaDb>()).Count, n => n == 1, what: "the first message");

        // The relay read its batch before the first message was handled, so the second can only leave on a nudge.
        await host.SendAsync(new Pinged("second", 2), "order-n");

        var entries = await Eventually.UntilAsync(
            async () => (await host.LedgerAsync<AlphaDb>()).Count, n => n == 2, TimeSpan.FromSeconds(10), "the nudged message");
        Assert.Equal(2, entries);
    }

    [Fact]
    public async Task ASlowSubscriber_DoesNotHoldBackTheOthers()
    {
        await using var host = await MessagingHost.StartAsync(_data.Path);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        host.Plan.RecorderGate = release; // gamma, which logs every message, is stuck on the first one

        await host.SendAsync(new Pinged("first", 1), "order-slow");
        await host.Plan.RecorderEntered.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await host.SendAsync(new Pinged("second", 2), "order-slow");

        // The relay sent the second batch while gamma still held the first (decision 020).
        var beta = await Eventually.UntilAsync(
            async () => (await host.LedgerAsync<BetaDb>()).Where(e => e.Handler == "beta").Select(e => e.Key).ToList(),
            keys => keys.Count == 2, what: "beta handling both while gamma is stuck on the first");
        Assert.Equal(["first", "second"], beta);
        Assert.Empty(await host.LedgerAsync<GammaDb>());

        release.SetResult();
        var log = await Eventually.UntilAsync(() => host.LedgerAsync<GammaDb>(), rows => rows.Count == 4, what: "gamma catching up");
        Assert.Equal(2, log.Count(e => e.Key == "test.pinged"));
        await Eventually.UntilAsync(
            async () => (await host.OutboxAsync<AlphaDb>()).All(m => m.PublishedAt is not null),
            published => published, what: "every message marked published");
    }

    [Fact]
    public async Task OneFailingMessageInABatch_DoesNotHoldBackTheOthers()
    {
        await using var host = await MessagingHost.StartAsync(_data.Path);
        host.Plan.FailingKeys["bad"] = true;
        var batch = Enumerable.Range(1, 20)
            .Select(i => Message(new Pinged(i == 7 ? "bad" : $"good-{i}", i), $"order-{i}"))
            .ToList();

        await host.Transport.PublishAsync(batch, CancellationToken.None);

        var alpha = await host.LedgerAsync<AlphaDb>();
        Assert.Equal(19, alpha.Count);
        Assert.DoesNotContain(alpha, e => e.Key == "bad");
        var letter = Assert.Single(await host.DeadLetters.ListAsync(10, CancellationToken.None));
        Assert.Equal(batch[6].MessageId, letter.MessageId);
        Assert.Equal(20, (await host.LedgerAsync<BetaDb>()).Count(e => e.Handler == "beta"));
    }

    [Fact]
    public async Task HandlersInOneBatch_SeeEarlierHandlersRows_AndStartWithAnEmptyChangeTracker()
    {
        await using var host = await MessagingHost.StartAsync(_data.Path);
        var batch = Enumerable.Range(1, 30).Select(i => Message(new Pinged("same", i), "order-same")).ToList();

        await host.Transport.PublishAsync(batch, CancellationToken.None);

        // Each handler reads the rows of the ones before it (saved in the batch's open transaction), and none is handed
        // the earlier handlers' tracked entities: every save would otherwise re-scan them all (decision 019).
        var beta = (await host.LedgerAsync<BetaDb>()).Where(e => e.Handler == "beta").ToList();
        Assert.Equal(Enumerable.Range(0, 30), beta.Select(e => e.Earlier).Order());
        Assert.All(beta, e => Assert.Equal(0, e.Tracked));
    }

    [Fact]
    public async Task MessagesSentInABatch_GoOutInSendOrder_OnTheCommitsNudge_AndARolledBackBatchSendsNone()
    {
        // With an hour-long poll, only the endpoint's nudge after its commit gets the pongs out (decision 031).
        await using var host = await MessagingHost.StartAsync(
            _data.Path, settings: new Dictionary<string, string?> { ["Messaging:RelayPollInterval"] = "01:00:00" });
        host.Plan.FailingKeys["bad"] = true;
        var batch = Enumerable.Range(1, 30).Select(i => Message(new Pinged(i == 12 ? "bad" : $"key-{i:00}", i), $"order-{i}")).ToList();

        await host.Transport.PublishAsync(batch, CancellationToken.None);

        // The whole batch ran once and rolled back at the bad message, then each message ran alone: the first attempt's
        // held pongs must be gone with it, or the first eleven would be there twice.
        var pongs = (await host.OutboxAsync<AlphaDb>()).Where(m => m.Type == "test.ponged").OrderBy(m => m.Sequence).ToList();
        var good = batch.Where((_, i) => i != 11).ToList();
        Assert.Equal(good.Select(m => (Guid?)m.MessageId), pongs.Select(p => p.CausationId));
        Assert.Equal(good.Select(m => m.CorrelationId), pongs.Select(p => p.CorrelationId));
        var received = await Eventually.UntilAsync(
            async () => (await host.LedgerAsync<BetaDb>()).Where(e => e.Handler == "beta-pong").Select(e => e.Key).ToList(),
            keys => keys.Count == 29, TimeSpan.FromSeconds(10), "beta receiving every pong");
        Assert.Equal(Enumerable.Range(1, 30).Where(i => i != 12).Select(i => $"key-{i:00}"), received.Order());
    }

    [Fact]
    public async Task HandlerMessages_CarryCorrelationAndCausation()
    {
        await using var host = await MessagingHost.StartAsync(_data.Path);

        await host.SendAsync(new Pinged("caused", 1), "order-c");

        var outbox = await Eventually.UntilAsync(() => host.OutboxAsync<AlphaDb>(), rows => rows.Count == 2, what: "ping and pong in alpha's outbox");
        var ping = Assert.Single(outbox, m => m.Type == "test.pinged");
        var pong = Assert.Single(outbox, m => m.Type == "test.ponged");
        Assert.Equal("order-c", pong.CorrelationId);
        Assert.Equal(ping.MessageId, pong.CausationId);
        Assert.Null(ping.CausationId);
        Assert.True(ping.Sequence < pong.Sequence);
    }

    [Fact]
    public async Task EnvelopeHandler_RecordsEveryMatchingType_WithItsSource()
    {
        await using var host = await MessagingHost.StartAsync(_data.Path);

        await host.SendAsync(new Pinged("logged", 1), "order-l");

        var log = await Eventually.UntilAsync(() => host.LedgerAsync<GammaDb>(), l => l.Count == 2, what: "ping and pong in the log");
        Assert.Equal(["test.pinged", "test.ponged"], log.Select(e => e.Key).Order());
        Assert.All(log, e => Assert.Equal("alpha", e.Handler));
    }

    [Fact]
    public async Task PublishToAStoppedEndpoint_Fails_SoTheMessageStaysInTheOutbox()
    {
        await using var host = await MessagingHost.StartAsync(_data.Path);
        // Beta stops first, as it would during a shutdown, while alpha's relay keeps publishing.
        await host.Services.GetRequiredService<MessageEndpoint<BetaDb>>().StopAsync(CancellationToken.None);

        await host.SendAsync(new Pinged("while-stopping", 1), "order-s");

        var row = await Eventually.UntilAsync(
            async () => (await host.OutboxAsync<AlphaDb>()).Single(m => m.Type == "test.pinged"),
            m => m.Attempts > 0, what: "a refused publish");
        Assert.Null(row.PublishedAt);
        Assert.NotNull(row.LastError);
    }

    [Theory]
    [InlineData("#", "order.created", true)]
    [InlineData("order.*", "order.created", true)]
    [InlineData("order.*", "order.created.late", false)]
    [InlineData("order.#", "order", true)]
    [InlineData("*.created", "order.created", true)]
    [InlineData("payment.#", "order.created", false)]
    [InlineData("order.created", "order.created", true)]
    public void TopicPatterns_MatchLikeRabbitMq(string pattern, string type, bool matches)
    {
        Assert.Equal(matches, TopicPattern.Matches(pattern, type));
    }

    public void Dispose() => _data.Dispose();

    private static TransportMessage Message(Pinged payload, string correlationId)
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
}
