using CampusG.Messaging.Inbox;
using CampusG.Messaging.Outbox;
using CampusG.Messaging.Telemetry;
using CampusG.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CampusG.Messaging.Endpoints;

internal sealed partial class MessageEndpoint<TDbContext>
{
    /// <summary>Applies a whole batch in one transaction; false (and nothing applied) if any handler throws.</summary>
    private async Task<bool> TryHandleTogetherAsync(List<IncomingMessage> messages, CancellationToken cancellationToken)
    {
        try
        {
            await RunAsync(messages.SelectMany(m => m.Handlers.Select(h => (m, h))).ToList(), attempt: 1, cancellationToken);
            return true;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            MessagingLog.BatchFellBack(_logger, ex, Name, messages.Count);
            return false;
        }
    }

    /// <summary>Each handler in its own transaction, retried with backoff, then dead-lettered.</summary>
    private async Task HandleAloneAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        foreach (var handler in message.Handlers)
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await RunAsync([(message, handler)], attempt, cancellationToken);
                    break;
                }
                catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
                {
                    if (attempt >= _options.MaxAttempts)
                    {
                        await DeadLetterAsync(message.Delivery, message.Envelope, handler.HandlerName, ex, attempt, cancellationToken);
                        break;
                    }

                    var delay = Backoff.For(attempt, _options.RetryBaseDelay, _options.RetryMaxDelay);
                    MessagingLog.HandlerRetrying(_logger, ex, handler.HandlerName, message.Envelope.Type, message.Envelope.Id, attempt, delay);
                    await Task.Delay(delay, _time, cancellationToken);
                }
            }
        }
    }

    /// <summary>
    /// One transaction: skip what the inbox says was applied, run the rest, record each in the inbox, commit once.
    /// A handler's changes are saved before the next runs, so later handlers see them, and then untracked; a
    /// handler that changed nothing tracked costs no save. Held rows (the messages the handlers sent, decision 031)
    /// and the inbox rows go in with multi-row statements before the commit, in one round trip on PostgreSQL (decision 035).
    /// </summary>
    private async Task RunAsync(List<(IncomingMessage Message, HandlerRegistration Handler)> work, int attempt, CancellationToken cancellationToken)
    {
        using var turn = await _writes.EnterAsync(cancellationToken);
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        var appends = scope.ServiceProvider.GetRequiredService<TransactionAppends<TDbContext>>();
        appends.StartHolding();
        var outbox = scope.ServiceProvider.GetRequiredService<MessageOutbox<TDbContext>>();
        // A failed save fails the whole transaction (and the batch falls back to one message at a time), so EF's
        // savepoint around each save would only cost two more statements per handler.
        db.Database.AutoSavepointsEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var ids = work.Select(w => w.Message.Envelope.Id).Distinct().ToList();
        var applied = (await db.Set<InboxRecord>().AsNoTracking()
                .Where(r => ids.Contains(r.MessageId))
                .Select(r => new { r.MessageId, r.Handler })
                .ToListAsync(cancellationToken))
            .Select(r => (r.MessageId, r.Handler))
            .ToHashSet();

        var handled = new List<(Guid MessageId, string Handler)>(work.Count);
        var handledTypes = new List<string>(work.Count);
        foreach (var (message, handler) in work)
        {
            if (!applied.Add((message.Envelope.Id, handler.HandlerName)))
            {
                continue; // a duplicate delivery: applied before, or earlier in this batch
            }

            using (_metrics.StartHandling(Name, message.Envelope, handler.HandlerName))
            using (_logger.BeginScope(MessageLogScope.For(message.Envelope)))
            {
                var context = new MessageContext(message.Envelope, attempt, outbox);
                await handler.InvokeAsync(scope.ServiceProvider, message, context, cancellationToken);
            }

            if (db.ChangeTracker.HasChanges())
            {
                await db.SaveChangesAsync(cancellationToken);
            }

            // Saved rows need not stay tracked: later handlers read them back through the open transaction. Tracked,
            // every later save would re-scan all of them, O(batch²) (decision 019).
            db.ChangeTracker.Clear();
            handled.Add((message.Envelope.Id, handler.HandlerName));
            handledTypes.Add(message.Envelope.Type);
        }

        var rows = new AppendBatch();
        appends.AddTo(rows);
        InboxWriter.Add(rows, handled, _time.GetUtcNow().UtcDateTime);
        await rows.ExecuteAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        appends.Committed();

        handledTypes.ForEach(type => _metrics.Handled(Name, type));
    }
}
