using System.Collections.Concurrent;
using CampusG.Messaging;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Messaging.Tests.Support;

/// <summary>What the test wants handlers to do; one per host, never static.</summary>
public sealed class FaultPlan
{
    private readonly ConcurrentDictionary<string, int> _calls = new();

    /// <summary>Handlers throw while this is above zero, counting down one per call.</summary>
    public int FailuresLeft;

    /// <summary>Handlers throw on every call while true.</summary>
    public volatile bool AlwaysFail;

    /// <summary>When set, a handler waits for it before applying (to stop the host mid-handling).</summary>
    public TaskCompletionSource? Gate;

    public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>When set, the envelope recorder waits for it before recording (a slow subscriber, like the event log).</summary>
    public TaskCompletionSource? RecorderGate;

    public TaskCompletionSource RecorderEntered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Keys whose messages always fail.</summary>
    public ConcurrentDictionary<string, bool> FailingKeys { get; } = new();

    public int Calls(string key) => _calls.GetValueOrDefault(key);

    public async Task BeforeApplyAsync(string key, CancellationToken cancellationToken)
    {
        _calls.AddOrUpdate(key, 1, (_, n) => n + 1);
        Entered.TrySetResult();
        if (Gate is { } gate)
        {
            await gate.Task.WaitAsync(cancellationToken);
        }

        if (AlwaysFail || FailingKeys.ContainsKey(key) || Interlocked.Decrement(ref FailuresLeft) >= 0)
        {
            throw new InvalidOperationException($"planned failure for {key}");
        }
    }
}

public sealed class AlphaPingedHandler(AlphaDb db, FaultPlan plan) : IMessageHandler<Pinged>
{
    public async Task HandleAsync(Pinged message, IMessageContext context, CancellationToken cancellationToken)
    {
        await plan.BeforeApplyAsync(message.Key, cancellationToken);
        db.Ledger.Add(new LedgerEntry { Handler = "alpha", Key = message.Key, Sequence = message.Sequence, MessageId = context.MessageId });
        context.Send(new Ponged(message.Key));
    }
}

public sealed class BetaPingedHandler(BetaDb db) : IMessageHandler<Pinged>
{
    public async Task HandleAsync(Pinged message, IMessageContext context, CancellationToken cancellationToken)
    {
        var tracked = db.ChangeTracker.Entries().Count();
        var earlier = await db.Ledger.CountAsync(e => e.Handler == "beta" && e.Key == message.Key, cancellationToken);
        db.Ledger.Add(new LedgerEntry
        {
            Handler = "beta", Key = message.Key, Sequence = message.Sequence, MessageId = context.MessageId, Earlier = earlier, Tracked = tracked,
        });
    }
}

public sealed class BetaPongedHandler(BetaDb db) : IMessageHandler<Ponged>
{
    public Task HandleAsync(Ponged message, IMessageContext context, CancellationToken cancellationToken)
    {
        db.Ledger.Add(new LedgerEntry { Handler = "beta-pong", Key = message.Key, MessageId = context.MessageId });
        return Task.CompletedTask;
    }
}

/// <summary>Records every envelope it sees, like the event log does.</summary>
public sealed class GammaRecorder(GammaDb db, FaultPlan plan) : IEnvelopeHandler
{
    public async Task HandleAsync(Envelope envelope, IMessageContext context, CancellationToken cancellationToken)
    {
        plan.RecorderEntered.TrySetResult();
        if (plan.RecorderGate is { } gate)
        {
            await gate.Task.WaitAsync(cancellationToken);
        }

        db.Ledger.Add(new LedgerEntry { Handler = envelope.Source ?? "?", Key = envelope.Type, MessageId = envelope.Id });
    }
}
